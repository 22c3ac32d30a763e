import type { EventEnvelope } from '@vetlink/contracts';

/** The handled event that pushes come from: its id names the batch, its time decides whether to push at all. */
export type PushCause = Pick<EventEnvelope, 'eventId' | 'occurredAt'>;

/** What the push ledger holds of a pair pushed earlier: which batch claimed it. */
export interface PushClaim {
  batchId: string;
}

/**
 * Never the same job version to the same veteran twice: a batch may push a pair that no other batch
 * claimed in the ledger. Its own claim counts as open: the batch was cut short by a crash after it
 * claimed the pair, the event is handled again, and what it had claimed must still go out.
 */
export function isOpenTo(batchId: string, existing: PushClaim | null): boolean {
  return existing === null || existing.batchId === batchId;
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
