import { DIGEST_OUTCOMES, type DigestOutcome } from '../../digests/domain/digest-window';
import type { IsoWeek } from '../../weeks/domain/iso-week';

/**
 * A run covers jobs new up to the moment it was first started (the scheduled Monday morning), or up to
 * the end of its week for a week already over; that moment is recorded once, so a re-run decides alike.
 * A week that has not begun cannot be run.
 */
export function runUntil(week: IsoWeek, now: Date): Date | null {
  if (now.getTime() < week.start.getTime()) return null;
  return new Date(Math.min(now.getTime(), week.end.getTime()));
}

export interface RunCounts {
  total: number | null;
  outcomes: Record<DigestOutcome, number>;
  failed: number;
}

export type RunState = 'fanning-out' | 'running' | 'completed' | 'completed-with-failures';

export function runState(counts: RunCounts): RunState {
  if (counts.total === null) return 'fanning-out';
  const done = DIGEST_OUTCOMES.reduce((sum, outcome) => sum + counts.outcomes[outcome], 0);
  if (done + counts.failed < counts.total) return 'running';
  return counts.failed > 0 ? 'completed-with-failures' : 'completed';
}

/** Run ids are forever (jobs, records and Redis keys derive from them): `2026-W48`, or a dry run's own. */
export function dryRunId(weekId: string, startedAt: Date): string {
  return `${weekId}-dry-${startedAt.getTime().toString(36)}`;
}
