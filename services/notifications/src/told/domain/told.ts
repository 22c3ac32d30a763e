import type { JobToldVia } from '@vetlink/contracts';

/** What the "already told" ledger remembers of one job and one veteran: the version last told. */
export interface ToldEntry {
  veteranId: string;
  jobId: string;
  jobFingerprint: string;
  via: JobToldVia;
  notificationId: string;
  toldAt: Date;
}

/** How many earlier versions each entry keeps for the record. */
export const TOLD_HISTORY_LIMIT = 20;

export function toldKey(veteranId: string, jobId: string): string {
  return `${veteranId}|${jobId}`;
}

export type ToldDecision =
  /** Never told about this job: tell, and record it. */
  | 'first'
  /** Told about an earlier version, and the job changed materially since: tell again. */
  | 'changed'
  /** This very notification recorded it (a redelivered event): carry on idempotently. */
  | 'same-notification'
  /** Told about this version already, by another push or a digest: do not repeat it. */
  | 'already-told';

export function decideTold(entry: Pick<ToldEntry, 'jobFingerprint' | 'notificationId'> | null, fingerprint: string, notificationId: string): ToldDecision {
  if (!entry) return 'first';
  if (entry.notificationId === notificationId) return 'same-notification';
  return entry.jobFingerprint === fingerprint ? 'already-told' : 'changed';
}

/**
 * The weekly digest leaves out what the veteran was already told in the same version by another
 * notification (a job pushed on Tuesday is not repeated on Monday), and keeps jobs that changed
 * materially since, and those this very digest recorded (a repeated event).
 */
export function untoldJobs<Job extends { jobId: string; jobFingerprint: string }>(
  jobs: readonly Job[],
  told: ReadonlyMap<string, Pick<ToldEntry, 'jobFingerprint' | 'notificationId'>>,
  notificationId: string,
): Job[] {
  return jobs.filter((job) => decideTold(told.get(job.jobId) ?? null, job.jobFingerprint, notificationId) !== 'already-told');
}
