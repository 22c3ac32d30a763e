import { Inject, Injectable } from '@nestjs/common';
import { Principal } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { jobPosted } from '@vetlink/contracts';
import { eventOrigin, pendingEvent } from '@vetlink/messaging';
import { SERVICE_NAME } from '../../service-name';
import { withOptimisticRetry } from '../../shared/optimistic-retry';
import { Job } from '../domain/job';
import { jobPostedPayload } from '../domain/job-events';
import { publication } from '../domain/publication';
import { JobsRepository } from '../jobs.repository';
import { JobAccess } from './job-access';

/** Opens a draft for applications and announces it (jobs.job-posted) with its full snapshot. */
@Injectable()
export class PublishJob {
  constructor(
    private readonly jobs: JobsRepository,
    private readonly access: JobAccess,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(principal: Principal, jobId: string): Promise<Job> {
    return withOptimisticRetry(`job ${jobId}`, async () => {
      const job = await this.access.jobToManage(principal, jobId);
      const employer = await this.access.snapshotEmployer(job);
      const now = this.clock.now();
      const changes = { ...publication(job, employer, now), employerName: employer.name, updatedAt: now };
      const event = pendingEvent(
        jobPosted,
        jobPostedPayload({ ...job, ...changes }, employer),
        eventOrigin(SERVICE_NAME, now),
      );
      return this.jobs.update(job.id, job.revision, changes, [event]);
    });
  }
}
