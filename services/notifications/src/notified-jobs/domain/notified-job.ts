import type { JobToldVia } from '@vetlink/contracts';

/** What the ledger of notified jobs ("already told") remembers of one job and one veteran: the version last told. */
export interface NotifiedJob {
  veteranId: string;
  jobId: string;
  jobFingerprint: string;
  via: JobToldVia;
  notificationId: string;
  toldAt: Date;
}

/** How many earlier versions each entry keeps for the record. */
export const NOTIFIED_HISTORY_LIMIT = 20;

export function notifiedJobKey(veteranId: string, jobId: string): string {
  return `${veteranId}|${jobId}`;
}

export type NotifiedDecision =
  /** Never told about this job: tell, and record it. */
  | 'first'
  /** Told about an earlier version, and the job changed materially since: tell again. */
  | 'changed'
  /** This very notification recorded it (a redelivered event): carry on idempotently. */
  | 'same-notification'
  /** Told about this version already, by another push or a digest: do not repeat it. */
  | 'already-told';

export function decideNotified(
  entry: Pick<NotifiedJob, 'jobFingerprint' | 'notificationId'> | null,
  fingerprint: string,
  notificationId: string,
): NotifiedDecision {
  if (!entry) return 'first';
  if (entry.notificationId === notificationId) return 'same-notification';
  return entry.jobFingerprint === fingerprint ? 'already-told' : 'changed';
}

/**
 * The weekly digest leaves out what the veteran was already told in the same version by another
 * notification (a job pushed on Tuesday is not repeated on Monday), and keeps jobs that changed
 * materially since, and those this very digest recorded (a repeated event).
 */
export function jobsNotNotified<Job extends { jobId: string; jobFingerprint: string }>(
  jobs: readonly Job[],
  told: ReadonlyMap<string, Pick<NotifiedJob, 'jobFingerprint' | 'notificationId'>>,
  notificationId: string,
): Job[] {
  return jobs.filter(
    (job) =>
      decideNotified(told.get(job.jobId) ?? null, job.jobFingerprint, notificationId) !== 'already-told',
  );
}
