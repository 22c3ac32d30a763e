import type { MatchAssessment } from '@vetlink/matching-score';

/** What the push ledger remembers of the last push of one job to one veteran. */
export interface PushLedgerEntry {
  veteranId: string;
  jobId: string;
  fingerprint: string;
}

export type PushDecision =
  | { push: true; why: 'first-push' | 'job-changed' }
  | { push: false; why: 'vetoed' | 'below-threshold' | 'already-pushed' };

/**
 * Never the same job to the same veteran twice, unless the job changed materially since (a new
 * fingerprint); and only pairs that pass every hard requirement and reach the threshold.
 */
export function decidePush(
  assessment: Pick<MatchAssessment, 'eligible' | 'score'>,
  threshold: number,
  fingerprint: string,
  lastPush: Pick<PushLedgerEntry, 'fingerprint'> | null,
): PushDecision {
  if (!assessment.eligible) return { push: false, why: 'vetoed' };
  if (assessment.score < threshold) return { push: false, why: 'below-threshold' };
  if (!lastPush) return { push: true, why: 'first-push' };
  if (lastPush.fingerprint === fingerprint) return { push: false, why: 'already-pushed' };
  return { push: true, why: 'job-changed' };
}

/** The ledger's key for a pair: also the `_id` of its document (a string, as the outbox relay needs). */
export function pushLedgerKey(veteranId: string, jobId: string): string {
  return `${veteranId}:${jobId}`;
}

/**
 * Pushes are news: an event older than the window (a new consumer group reading the topics' history,
 * or a long outage) still builds the read model but pushes nothing, and neither does a job whose
 * deadline has passed. The weekly digest and recommendations cover what was missed.
 */
export function isPushable(
  occurredAt: string,
  now: Date,
  windowHours: number,
  job?: { deadline: string },
): boolean {
  if (now.getTime() - Date.parse(occurredAt) > windowHours * 3600_000) return false;
  return job === undefined || Date.parse(job.deadline) > now.getTime();
}
