import type { Fit } from './fit';
import type { JobForMatching, VeteranForMatching } from '../inputs/match-inputs';

/** When the veteran named no minimum, pay neither helps nor hurts much. */
export const FIT_NO_FLOOR = 0.6;

/**
 * Monthly pay against the veteran's minimum: 1 when even the bottom of the range reaches it; when
 * only part of the range does, 0.2 plus half the share of the range above the minimum (counsellors
 * count pay that only just reaches the floor as a real drawback, not a detail). The top of
 * the range below the minimum is a veto (`salary-below-floor`).
 */
export function salaryFit(job: JobForMatching, veteran: VeteranForMatching): Fit {
  const { min, max } = job.salary;
  const floor = veteran.minimumMonthlySalary;
  if (floor === null) {
    return {
      fit: FIT_NO_FLOOR,
      reasons: [{ kind: 'salary', polarity: 'match', salaryMin: min, salaryMax: max }],
      vetoes: [],
    };
  }
  const facts = { salaryMin: min, salaryMax: max, salaryFloor: floor };
  if (max < floor)
    return { fit: 0, reasons: [], vetoes: [{ kind: 'salary-below-floor', polarity: 'veto', ...facts }] };
  const fit = min >= floor ? 1 : 0.2 + 0.5 * ((max - floor) / (max - min));
  return {
    fit,
    reasons: [{ kind: 'salary', polarity: fit >= 0.6 ? 'match' : 'gap', ...facts }],
    vetoes: [],
  };
}
