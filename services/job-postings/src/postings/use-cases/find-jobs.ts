import { Injectable } from '@nestjs/common';
import { Page } from '@vetlink/persistence';
import { Viewer } from '../../shared/viewer';
import { Job } from '../domain/job';
import { listingScope } from '../domain/job-visibility';
import { JobListFilter, JobsRepository } from '../jobs.repository';
import { JobAccess } from './job-access';

@Injectable()
export class FindJobs {
  constructor(
    private readonly jobs: JobsRepository,
    private readonly access: JobAccess,
  ) {}

  one(viewer: Viewer, jobId: string): Promise<Job> {
    return this.access.visibleJob(viewer, jobId);
  }

  page(viewer: Viewer, filter: JobListFilter, limit: number, cursor?: string): Promise<Page<Job>> {
    return this.jobs.list(filter, listingScope(viewer, filter), limit, cursor);
  }
}
