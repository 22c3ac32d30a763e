import { Inject, Injectable } from '@nestjs/common';
import { Principal } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { jobUpdated } from '@vetlink/contracts';
import { InvalidInputError } from '@vetlink/http';
import { eventOrigin, pendingEvent } from '@vetlink/messaging';
import { SERVICE_NAME } from '../../service-name';
import { withOptimisticRetry } from '../../shared/optimistic-retry';
import { Job } from '../domain/job';
import { assertChangesAllowed, detailProblems, effectiveChanges } from '../domain/job-changes';
import { jobUpdatedPayload } from '../domain/job-events';
import { withTypedSkills } from '../domain/typed-terms';
import { isPublished } from '../domain/job-lifecycle';
import { UpdateJobCommand } from '../job.dto';
import { JobsRepository } from '../jobs.repository';
import { JobAccess } from './job-access';

/**
 * Edits a draft or a live job. A published job's edit goes out as jobs.job-updated with the whole new
 * snapshot; an edit that changes nothing writes nothing and sends nothing.
 */
@Injectable()
export class UpdateJob {
  constructor(
    private readonly jobs: JobsRepository,
    private readonly access: JobAccess,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(principal: Principal, jobId: string, command: UpdateJobCommand): Promise<Job> {
    return withOptimisticRetry(`job ${jobId}`, async () => {
      const job = await this.access.jobToManage(principal, jobId);
      const changes = effectiveChanges(job, withTypedSkills(job, command));
      if (Object.keys(changes).length === 0) return job;
      assertChangesAllowed(job, changes);
      const now = this.clock.now();
      const next: Job = { ...job, ...changes, updatedAt: now };
      const problems = detailProblems(next);
      if (problems.length > 0) throw new InvalidInputError(problems);
      const events = isPublished(job.status)
        ? [
            pendingEvent(
              jobUpdated,
              jobUpdatedPayload(job, next, await this.access.snapshotEmployer(job)),
              eventOrigin(SERVICE_NAME, now),
            ),
          ]
        : [];
      return this.jobs.update(job.id, job.revision, { ...changes, updatedAt: now }, events);
    });
  }
}
