import type { JobSeekingStatus } from '@vetlink/contracts';
import type { DigestWindow } from '../../digests/domain/digest-job';
import type { IsoWeek } from '../../weeks/domain/iso-week';

/** Employed veterans get no digest; those actively looking or open to offers do, unless they turned it off. */
export const DIGEST_STATUSES: readonly JobSeekingStatus[] = ['actively-looking', 'open'];

export function receivesDigest(veteran: {
  jobSeekingStatus: JobSeekingStatus;
  weeklyDigest: boolean;
}): boolean {
  return veteran.weeklyDigest && DIGEST_STATUSES.includes(veteran.jobSeekingStatus);
}

/**
 * A run covers jobs new up to the moment it was first started (the scheduled Monday morning), or up to
 * the end of its week for a week already over; that moment is recorded once, so a re-run decides alike.
 * A week that has not begun cannot be run.
 */
export function runUntil(week: IsoWeek, now: Date): Date | null {
  if (now.getTime() < week.start.getTime()) return null;
  return new Date(Math.min(now.getTime(), week.end.getTime()));
}

export interface LookbackPolicy {
  /** A veteran's first digest covers this many days. */
  firstDays: number;
  /** However long since the previous digest, never more than this many days back. */
  maxDays: number;
}

/** Since the previous digest (its `until`), or the first lookback; never longer than the maximum. */
export function digestWindow(
  previousUntil: Date | null,
  until: Date,
  lookback: LookbackPolicy,
): DigestWindow {
  const floor = until.getTime() - lookback.maxDays * 86_400_000;
  const since = previousUntil?.getTime() ?? until.getTime() - lookback.firstDays * 86_400_000;
  return { since: new Date(Math.max(floor, Math.min(since, until.getTime()))), until };
}

/** The oldest "new since" any veteran of a run can need: the run loads jobs from there on. */
export function oldestWindowStart(until: Date, lookback: LookbackPolicy): Date {
  return new Date(until.getTime() - lookback.maxDays * 86_400_000);
}

/** What became of one veteran in a run. */
export const DIGEST_OUTCOMES = ['sent', 'nothing-new'] as const;
export type DigestOutcome = (typeof DIGEST_OUTCOMES)[number];

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
