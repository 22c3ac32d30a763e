import { DIGEST_OUTCOMES } from '../digests/domain/digest-window';
import { RunCounts, runState } from './domain/run-rules';
import type { RunRecord } from './run.schema';
import type { RunView } from './runs.dto';

export function toRunView(run: RunRecord, counts: RunCounts): RunView {
  const iso = (value: Date | null) => (value ? new Date(value).toISOString() : null);
  return {
    runId: run._id,
    week: run.week,
    dryRun: run.dryRun,
    until: new Date(run.until).toISOString(),
    startedAt: new Date(run.startedAt).toISOString(),
    startedBy: run.startedBy,
    state: runState(counts),
    counts: {
      total: counts.total,
      done: DIGEST_OUTCOMES.reduce((sum, outcome) => sum + counts.outcomes[outcome], 0),
      outcomes: counts.outcomes,
      failed: counts.failed,
    },
    fannedOutAt: iso(run.fannedOutAt),
    finishedAt: iso(run.finishedAt),
  };
}
