import { Inject, Injectable, Logger } from '@nestjs/common';
import { Principal } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { applicationStageChanged, ApplicationStage, veteranHired } from '@vetlink/contracts';
import { InvalidStateError } from '@vetlink/http';
import { eventOrigin, PendingEvent, pendingEvent } from '@vetlink/messaging';
import { SERVICE_NAME } from '../../service-name';
import { hasOpenings } from '../../postings/domain/hiring';
import { JobsRepository } from '../../postings/jobs.repository';
import { withOptimisticRetry } from '../../shared/optimistic-retry';
import { PerKeyQueue } from '@vetlink/persistence';
import { ApplicationsRepository } from '../applications.repository';
import { Application, StageChange } from '../domain/application';
import { stageChangedPayload, veteranHiredPayload } from '../domain/application-events';
import { nextStage } from '../domain/application-stages';
import { actorOf } from '../domain/application-visibility';
import { ApplicationAccess } from './application-access';
import { CompleteHire } from './complete-hire';

/**
 * Moves an application along its stages (the employer) or withdraws it (the veteran). A hire is two
 * writes without a transaction: the application becomes hired, with both of its events and a pending
 * mark, in one write; then the job counts the hire. Should the second step fail, the sweep finishes it.
 */
@Injectable()
export class ChangeApplicationStage {
  private readonly logger = new Logger(ChangeApplicationStage.name);
  private readonly hiresByJob = new PerKeyQueue();

  constructor(
    private readonly applications: ApplicationsRepository,
    private readonly access: ApplicationAccess,
    private readonly jobs: JobsRepository,
    private readonly completeHire: CompleteHire,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(principal: Principal, applicationId: string, to: ApplicationStage): Promise<Application> {
    if (to !== 'hired') return this.move(principal, applicationId, to);
    // Hires to one job take turns, so that two offers accepted at once cannot both take the last opening.
    const { jobId } = await this.access.visibleApplication(principal, applicationId);
    return this.hiresByJob.run(jobId, () => this.move(principal, applicationId, to));
  }

  private async move(
    principal: Principal,
    applicationId: string,
    to: ApplicationStage,
  ): Promise<Application> {
    const moved = await withOptimisticRetry(`application ${applicationId}`, async () => {
      const application = await this.access.visibleApplication(principal, applicationId);
      const by = actorOf(principal);
      const change: StageChange = {
        from: application.stage,
        to: nextStage(application.stage, to, by),
        at: this.clock.now(),
        by,
      };
      const events: PendingEvent[] = [
        pendingEvent(
          applicationStageChanged,
          stageChangedPayload(application, change),
          eventOrigin(SERVICE_NAME, change.at),
        ),
      ];
      if (change.to === 'hired') events.push(await this.hireEvent(application, change.at));
      return this.applications.changeStage(application, change, events, change.to === 'hired');
    });
    if (moved.hirePending) await this.finishHire(moved);
    return moved;
  }

  private async hireEvent(application: Application, at: Date): Promise<PendingEvent> {
    const job = await this.jobs.findById(application.jobId);
    if (!job)
      throw new InvalidStateError(`the job ${application.jobId} of this application no longer exists`);
    if (!hasOpenings(job)) {
      throw new InvalidStateError(
        `the job is ${job.status} with all ${job.headcount} position(s) taken: no more hires`,
      );
    }
    return pendingEvent(
      veteranHired,
      veteranHiredPayload(application, job, at),
      eventOrigin(SERVICE_NAME, at),
    );
  }

  private async finishHire(application: Application): Promise<void> {
    try {
      await this.completeHire.execute(application);
    } catch (error) {
      this.logger.warn(
        { err: error, applicationId: application.id },
        'hire recorded; counting it on the job failed, the sweep will retry',
      );
    }
  }
}
