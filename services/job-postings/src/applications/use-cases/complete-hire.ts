import { Injectable } from '@nestjs/common';
import { RecordHireOnJob } from '../../postings/use-cases/record-hire-on-job';
import { ApplicationsRepository } from '../applications.repository';
import { Application } from '../domain/application';

/**
 * The second half of a hire: count it on the job (which may fill it), then clear the application's
 * pending mark. Both steps are idempotent, so running it again after a crash is harmless.
 */
@Injectable()
export class CompleteHire {
  constructor(
    private readonly applications: ApplicationsRepository,
    private readonly recordHireOnJob: RecordHireOnJob,
  ) {}

  async execute(application: Pick<Application, 'id' | 'jobId'>): Promise<void> {
    await this.recordHireOnJob.execute(application.jobId, application.id);
    await this.applications.markHireRecorded(application.id);
  }

  /** Finishes hires an interrupted request left half done; returns how many. */
  async completePending(limit = 100): Promise<number> {
    const pending = await this.applications.findPendingHires(limit);
    for (const application of pending) await this.execute(application);
    return pending.length;
  }
}
