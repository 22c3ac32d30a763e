import { Inject, Injectable } from '@nestjs/common';
import { Principal } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { applicationSubmitted } from '@vetlink/contracts';
import { ConflictError, InvalidStateError } from '@vetlink/http';
import { eventOrigin, pendingEvent } from '@vetlink/messaging';
import { SERVICE_NAME } from '../../service-name';
import { isDuplicateKeyError } from '@vetlink/persistence';
import { Job } from '../../postings/domain/job';
import { JobAccess } from '../../postings/use-cases/job-access';
import { ApplicationsRepository } from '../applications.repository';
import { Application } from '../domain/application';
import { applicationSubmittedPayload } from '../domain/application-events';

/** A veteran applies to an open job, once (a unique index settles two racing requests). */
@Injectable()
export class ApplyToJob {
  constructor(
    private readonly applications: ApplicationsRepository,
    private readonly jobs: JobAccess,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(veteran: Principal, jobId: string, command: { coverLetter?: string }): Promise<Application> {
    const job = await this.jobs.visibleJob(veteran, jobId);
    const now = this.clock.now();
    assertTakesApplications(job, now);
    const application: Application = {
      id: this.applications.newId(),
      jobId: job.id,
      employerId: job.employerId,
      veteranId: veteran.userId,
      jobTitle: job.title,
      ...(command.coverLetter ? { coverLetter: command.coverLetter } : {}),
      stage: 'applied',
      history: [],
      hirePending: false,
      submittedAt: now,
      updatedAt: now,
    };
    const event = pendingEvent(
      applicationSubmitted,
      applicationSubmittedPayload(application, job),
      eventOrigin(SERVICE_NAME, now),
    );
    try {
      await this.applications.insert(application, [event]);
    } catch (error) {
      if (isDuplicateKeyError(error)) throw await this.alreadyApplied(job.id, veteran.userId);
      throw error;
    }
    return application;
  }

  private async alreadyApplied(jobId: string, veteranId: string): Promise<ConflictError> {
    const existing = await this.applications.findByJobAndVeteran(jobId, veteranId);
    const which = existing ? ` (application ${existing.id}, now ${existing.stage})` : '';
    return new ConflictError(`you have already applied to job ${jobId}${which}`);
  }
}

function assertTakesApplications(job: Job, now: Date): void {
  if (job.status !== 'open')
    throw new InvalidStateError(`the job is ${job.status}: only open jobs take applications`);
  // Between the deadline and the next expiry sweep the job still says open; the deadline decides.
  if (job.deadline.getTime() <= now.getTime()) {
    throw new InvalidStateError(
      `the job is open but its application deadline ${job.deadline.toISOString()} has passed`,
    );
  }
}
