import { Injectable } from '@nestjs/common';
import { Principal } from '@vetlink/auth';
import type { ApplicationStage } from '@vetlink/contracts';
import { Page } from '@vetlink/persistence';
import { JobAccess } from '../../postings/use-cases/job-access';
import { ApplicationListFilter, ApplicationsRepository } from '../applications.repository';
import { Application } from '../domain/application';
import { applicationScope } from '../domain/application-visibility';
import { ApplicationAccess } from './application-access';

interface Paging {
  limit: number;
  cursor?: string;
}

@Injectable()
export class FindApplications {
  constructor(
    private readonly applications: ApplicationsRepository,
    private readonly access: ApplicationAccess,
    private readonly jobs: JobAccess,
  ) {}

  one(viewer: Principal, applicationId: string): Promise<Application> {
    return this.access.visibleApplication(viewer, applicationId);
  }

  /** The caller's applications: a veteran's own, those to an employer's jobs, or all for officers. */
  async mine(
    viewer: Principal,
    filter: { jobId?: string; stage?: ApplicationStage },
    paging: Paging,
  ): Promise<Page<Application>> {
    const scope = applicationScope(viewer);
    if (scope.kind === 'none') return { items: [] };
    const scoped: ApplicationListFilter = {
      ...filter,
      ...(scope.kind === 'veteran' ? { veteranId: scope.veteranId } : {}),
      ...(scope.kind === 'employer' ? { employerId: scope.employerId } : {}),
    };
    return this.applications.list(scoped, paging.limit, paging.cursor);
  }

  /** A job's applicants, for its own organisation and officers only (403 for anyone else). */
  async applicants(
    principal: Principal,
    jobId: string,
    filter: { stage?: ApplicationStage },
    paging: Paging,
  ): Promise<Page<Application>> {
    const job = await this.jobs.jobToManage(principal, jobId);
    return this.applications.list({ ...filter, jobId: job.id }, paging.limit, paging.cursor);
  }
}
