import type { JobStatus } from '@vetlink/contracts';
import { Job } from './job';
import { canTakeAction } from './job-lifecycle';

export type HireRecording =
  { kind: 'already-recorded' } | { kind: 'record'; hiredCount: number; fills: boolean };

export function hasOpenings(job: Pick<Job, 'hiredCount' | 'headcount'>): boolean {
  return job.hiredCount < job.headcount;
}

/**
 * Counts a hire on the job once per application. A live job whose hires reach its headcount is
 * filled; a job already closed (say, at its deadline, with interviews still running) keeps counting
 * hires but stays closed.
 */
export function hireRecording(
  job: Pick<Job, 'hiredCount' | 'headcount' | 'hiredApplicationIds'> & { status: JobStatus },
  applicationId: string,
): HireRecording {
  if (job.hiredApplicationIds.includes(applicationId)) return { kind: 'already-recorded' };
  const hiredCount = job.hiredCount + 1;
  return {
    kind: 'record',
    hiredCount,
    fills: hiredCount >= job.headcount && canTakeAction(job.status, 'fill'),
  };
}
