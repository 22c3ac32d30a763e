import { Inject, Injectable } from '@nestjs/common';
import { Principal } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { jobClosed, jobUpdated } from '@vetlink/contracts';
import { InvalidStateError } from '@vetlink/http';
import { eventOrigin, PendingEvent, pendingEvent } from '@vetlink/messaging';
import { SERVICE_NAME } from '../../service-name';
import { withOptimisticRetry } from '../../shared/optimistic-retry';
import { Job } from '../domain/job';
import { jobClosedPayload, jobUpdatedPayload, SnapshotEmployer } from '../domain/job-events';
import { nextJobStatus } from '../domain/job-lifecycle';
import { JobFieldChanges, JobsRepository } from '../jobs.repository';
import { JobAccess } from './job-access';

interface Decision {
  changes: JobFieldChanges;
  events: PendingEvent[];
}

/** The employer's own steps in a job's life after publication: pause, resume, close. */
@Injectable()
export class ChangeJobStatus {
  constructor(
    private readonly jobs: JobsRepository,
    private readonly access: JobAccess,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Stops new applications for a while; applications already in keep moving. */
  pause(principal: Principal, jobId: string): Promise<Job> {
    return this.transition(principal, jobId, (job, employer, now) => {
      const changes = { status: nextJobStatus(job.status, 'pause'), updatedAt: now };
      return {
        changes,
        events: [
          pendingEvent(
            jobUpdated,
            jobUpdatedPayload(job, { ...job, ...changes }, employer),
            eventOrigin(SERVICE_NAME, now),
          ),
        ],
      };
    });
  }

  resume(principal: Principal, jobId: string): Promise<Job> {
    return this.transition(principal, jobId, (job, employer, now) => {
      const changes = { status: nextJobStatus(job.status, 'resume'), updatedAt: now };
      if (job.deadline.getTime() <= now.getTime()) {
        throw new InvalidStateError(
          'the job is paused and its application deadline has passed: it cannot open again',
        );
      }
      return {
        changes,
        events: [
          pendingEvent(
            jobUpdated,
            jobUpdatedPayload(job, { ...job, ...changes }, employer),
            eventOrigin(SERVICE_NAME, now),
          ),
        ],
      };
    });
  }

  close(principal: Principal, jobId: string): Promise<Job> {
    return this.transition(principal, jobId, (job, _employer, now) => {
      const changes = {
        status: nextJobStatus(job.status, 'close'),
        closedAt: now,
        closeReason: 'closed-by-employer' as const,
        updatedAt: now,
      };
      return {
        changes,
        events: [
          pendingEvent(
            jobClosed,
            jobClosedPayload(job, 'closed-by-employer', now),
            eventOrigin(SERVICE_NAME, now),
          ),
        ],
      };
    });
  }

  private transition(
    principal: Principal,
    jobId: string,
    decide: (job: Job, employer: SnapshotEmployer, now: Date) => Decision,
  ): Promise<Job> {
    return withOptimisticRetry(`job ${jobId}`, async () => {
      const job = await this.access.jobToManage(principal, jobId);
      const { changes, events } = decide(job, await this.access.snapshotEmployer(job), this.clock.now());
      return this.jobs.update(job.id, job.revision, changes, events);
    });
  }
}
