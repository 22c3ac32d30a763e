import { Inject, Injectable } from '@nestjs/common';
import { Clock, CLOCK } from '@vetlink/clock';
import { NotFoundError } from '@vetlink/http';
import { jobClosed } from '@vetlink/contracts';
import { eventOrigin, pendingEvent } from '@vetlink/messaging';
import { SERVICE_NAME } from '../../service-name';
import { withOptimisticRetry } from '../../shared/optimistic-retry';
import { Job } from '../domain/job';
import { hireRecording } from '../domain/hiring';
import { jobClosedPayload } from '../domain/job-events';
import { nextJobStatus } from '../domain/job-lifecycle';
import { JobFieldChanges, JobsRepository } from '../jobs.repository';

/**
 * Counts a hire on its job, once per application however often it is called (after an interrupted
 * request the applications sweep calls it again). The hire that reaches headcount fills the job and
 * announces it (jobs.job-closed, reason filled) in the same write.
 */
@Injectable()
export class RecordHireOnJob {
  constructor(
    private readonly jobs: JobsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(jobId: string, applicationId: string): Promise<Job> {
    return withOptimisticRetry(`job ${jobId}`, async () => {
      const job = await this.jobs.findById(jobId);
      if (!job) throw new NotFoundError(`job ${jobId} not found`);
      const recording = hireRecording(job, applicationId);
      if (recording.kind === 'already-recorded') return job;
      const now = this.clock.now();
      const changes: JobFieldChanges = { hiredCount: recording.hiredCount, updatedAt: now };
      if (!recording.fills)
        return this.jobs.update(job.id, job.revision, changes, [], { pushHiredApplicationId: applicationId });
      const filled = {
        ...changes,
        status: nextJobStatus(job.status, 'fill'),
        closedAt: now,
        closeReason: 'filled' as const,
      };
      const event = pendingEvent(
        jobClosed,
        jobClosedPayload(job, 'filled', now),
        eventOrigin(SERVICE_NAME, now),
      );
      return this.jobs.update(job.id, job.revision, filled, [event], {
        pushHiredApplicationId: applicationId,
      });
    });
  }
}
