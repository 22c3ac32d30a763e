import type { VeteranForMatching } from '@vetlink/matching-score';

/** What one per-veteran digest job carries (the veteran too: reading 100k profiles one by one is slow). */
export interface DigestTask {
  runId: string;
  week: string;
  /** The week's Monday (YYYY-MM-DD), worked out once per run rather than once per veteran. */
  weekOf: string;
  /** ISO-8601: the run's `until`. */
  until: string;
  dryRun: boolean;
  veteran: VeteranForMatching;
}

/** BullMQ job ids: one per run and veteran, so a veteran is never queued twice in a run (no ':' allowed). */
export function digestJobId(runId: string, veteranId: string): string {
  return `${runId}-${veteranId}`.replaceAll(':', '%3A');
}
