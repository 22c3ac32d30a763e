import { Injectable } from '@nestjs/common';
import { assertOrganisation, Principal } from '@vetlink/auth';
import { NotFoundError } from '@vetlink/http';
import { isVerified } from '../../employers/domain/employer';
import { EmployersRepository } from '../../employers/employers.repository';
import { Viewer } from '../../shared/viewer';
import { Job } from '../domain/job';
import { SnapshotEmployer } from '../domain/job-events';
import { canSeeJob } from '../domain/job-visibility';
import { JobsRepository } from '../jobs.repository';

/** Finds a job the way its rules allow: 404 for what the caller may not see, 403 for what it may not manage. */
@Injectable()
export class JobAccess {
  constructor(
    private readonly jobs: JobsRepository,
    private readonly employers: EmployersRepository,
  ) {}

  async visibleJob(viewer: Viewer, jobId: string): Promise<Job> {
    const job = await this.jobs.findById(jobId);
    // A draft someone may not see is answered as if it did not exist, so its existence does not leak.
    if (!job || !canSeeJob(viewer, job)) throw new NotFoundError(`job ${jobId} not found`);
    return job;
  }

  async jobToManage(principal: Principal, jobId: string): Promise<Job> {
    const job = await this.visibleJob(principal, jobId);
    assertOrganisation(principal, job.employerId);
    return job;
  }

  /** The employer as the job's events describe it now. */
  async snapshotEmployer(job: Job): Promise<SnapshotEmployer & { id: string }> {
    const employer = await this.employers.findById(job.employerId);
    return {
      id: job.employerId,
      name: employer?.name ?? job.employerName,
      verified: employer ? isVerified(employer) : false,
    };
  }
}
