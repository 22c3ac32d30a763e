import { Job } from '../../postings/domain/job';
import { canTakeAction, nextJobStatus } from '../../postings/domain/job-lifecycle';

/** A live job whose application deadline has come: from that instant it takes no more applications. */
export function isOverdue(job: Pick<Job, 'status' | 'deadline'>, now: Date): boolean {
  return canTakeAction(job.status, 'expire') && job.deadline.getTime() <= now.getTime();
}

/** What closing an overdue job writes. */
export function expiryClosure(job: Pick<Job, 'status' | 'deadline'>, now: Date) {
  if (!isOverdue(job, now))
    throw new Error(`a ${job.status} job due ${job.deadline.toISOString()} is not overdue`);
  return {
    status: nextJobStatus(job.status, 'expire'),
    closedAt: now,
    closeReason: 'deadline-passed' as const,
    updatedAt: now,
  };
}
