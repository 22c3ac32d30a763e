import type { JobEmploymentType } from '@vetlink/contracts';
import type { Fit } from './fit';
import type { JobForMatching, VeteranForMatching } from '../inputs/match-inputs';

/**
 * 1 when the veteran named no type or named this one. Any other type is a veto
 * (`employment-type-mismatch`): the types a veteran ticks are what they will take, so a fixed-term
 * contract is not offered to someone who asked for full-time work only (the counsellors' rubric).
 */
export function employmentFit(job: JobForMatching, veteran: VeteranForMatching): Fit {
  const employmentType = job.employmentType;
  if (veteran.employmentTypes.length === 0) return { fit: 1, reasons: [], vetoes: [] };
  if (!veteran.employmentTypes.includes(employmentType)) {
    return {
      fit: 0,
      reasons: [],
      vetoes: [{ kind: 'employment-type-mismatch', polarity: 'veto', employmentType }],
    };
  }
  return { fit: 1, reasons: [{ kind: 'employment-type', polarity: 'match', employmentType }], vetoes: [] };
}

/** The job types a veteran would take at all (undefined: any): what candidate searches filter on. */
export function acceptableEmploymentTypes(
  wanted: readonly JobEmploymentType[],
): JobEmploymentType[] | undefined {
  return wanted.length === 0 ? undefined : [...wanted];
}
