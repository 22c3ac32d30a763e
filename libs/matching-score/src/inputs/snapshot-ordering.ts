import type { JobSeekingStatus } from '@vetlink/contracts';

/**
 * How an incoming event relates to what the read model holds:
 * - `newer`: apply it;
 * - `same`: already applied (a redelivery, or the second event of one change): write nothing, but
 *   redo its effects (index, pushes), which are idempotent, in case a crash cut them short;
 * - `stale`: older than what is held (a replay): ignore it entirely.
 */
export type Freshness = 'newer' | 'same' | 'stale';

/** What the read model holds about a job, for ordering decisions. */
export interface HeldJob {
  status: 'open' | 'paused' | 'closed';
  /** The `updatedAt` of the snapshot held (ISO-8601). */
  updatedAt: string | null;
}

/**
 * Job snapshots are ordered by their `updatedAt`; a closed job stays closed (closing is final in
 * job-postings), so a replayed job-posted can never bring it back.
 */
export function jobSnapshotFreshness(held: HeldJob | null, updatedAt: string): Freshness {
  if (!held) return 'newer';
  if (held.status === 'closed') return 'stale';
  if (held.updatedAt === null) return 'newer';
  const comparison = Date.parse(updatedAt) - Date.parse(held.updatedAt);
  if (comparison > 0) return 'newer';
  return comparison === 0 ? 'same' : 'stale';
}

export function jobClosedFreshness(held: HeldJob | null): Freshness {
  return held?.status === 'closed' ? 'same' : 'newer';
}

/** What the read model holds about a veteran, for ordering decisions. */
export interface HeldVeteran {
  revision: number;
  jobSeekingStatus: JobSeekingStatus;
}

/** Profile snapshots carry a revision that grows with every change. */
export function profileSnapshotFreshness(held: HeldVeteran | null, revision: number): Freshness {
  if (!held || revision > held.revision) return 'newer';
  return revision === held.revision ? 'same' : 'stale';
}

/**
 * profiles.job-seeking-status-changed follows the profile-updated of the same revision, which already
 * carried the new status; it changes something only when that one was missed.
 */
export function statusChangeFreshness(
  held: HeldVeteran | null,
  revision: number,
  status: JobSeekingStatus,
): Freshness | 'unknown-veteran' {
  if (!held) return 'unknown-veteran';
  if (revision < held.revision) return 'stale';
  return held.jobSeekingStatus === status ? 'same' : 'newer';
}
