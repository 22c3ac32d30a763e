import type { Fit } from './fit';
import type { JobForMatching } from '../inputs/match-inputs';

/** Reserved for veterans: full marks; veterans given priority: this much. */
export const FIT_VETERAN_PRIORITY = 0.7;

export function priorityFit(job: JobForMatching): Fit {
  if (job.veteransOnly)
    return { fit: 1, reasons: [{ kind: 'veterans-only', polarity: 'match' }], vetoes: [] };
  if (job.veteranPriority) {
    return {
      fit: FIT_VETERAN_PRIORITY,
      reasons: [{ kind: 'veteran-priority', polarity: 'match' }],
      vetoes: [],
    };
  }
  return { fit: 0, reasons: [], vetoes: [] };
}
