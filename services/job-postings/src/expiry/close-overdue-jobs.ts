import { Inject, Injectable } from '@nestjs/common';
import { Clock, CLOCK } from '@vetlink/clock';
import { jobClosed } from '@vetlink/contracts';
import { eventOrigin, pendingEvent } from '@vetlink/messaging';
import { SERVICE_NAME } from '../service-name';
import { expiringStatuses } from '../postings/domain/job-lifecycle';
import { jobClosedPayload } from '../postings/domain/job-events';
import { JobsRepository } from '../postings/jobs.repository';
import { expiryClosure } from './domain/expiry';

const BATCH_SIZE = 100;
/** Bounds one sweep; whatever is left waits for the next. */
const MAX_BATCHES = 20;

/**
 * Closes every live job whose deadline has passed and announces each (jobs.job-closed, reason
 * deadline-passed). Each close is a conditional single-document write on the job's status, so two
 * instances sweeping at once, or an employer closing the job at the same moment, close it only once.
 */
@Injectable()
export class CloseOverdueJobs {
  constructor(
    private readonly jobs: JobsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Returns how many jobs it closed. */
  async execute(): Promise<number> {
    const now = this.clock.now();
    let closed = 0;
    for (let batch = 0; batch < MAX_BATCHES; batch += 1) {
      const overdue = await this.jobs.findOverdue(now, expiringStatuses(), BATCH_SIZE);
      for (const job of overdue) {
        const event = pendingEvent(
          jobClosed,
          jobClosedPayload(job, 'deadline-passed', now),
          eventOrigin(SERVICE_NAME, now),
        );
        if (await this.jobs.closeIfOverdue(job, expiryClosure(job, now), event, now)) closed += 1;
      }
      if (overdue.length < BATCH_SIZE) break;
    }
    return closed;
  }
}
