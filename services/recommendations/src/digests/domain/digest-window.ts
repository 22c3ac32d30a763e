import type { DigestWindow } from './digest-job';

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

/** What became of one veteran's digest in a run. */
export const DIGEST_OUTCOMES = ['sent', 'nothing-new'] as const;
export type DigestOutcome = (typeof DIGEST_OUTCOMES)[number];
