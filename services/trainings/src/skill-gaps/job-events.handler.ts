import { Controller } from '@nestjs/common';
import { EventEnvelope, jobClosed, jobPosted, jobUpdated, PayloadOf } from '@vetlink/contracts';
import { HandleEvent } from '@vetlink/messaging';
import { ApplyJobEvents } from './apply-job-events';

/** job-postings' jobs.* events (never its database) into the skill gaps' open jobs. */
@Controller()
export class JobEventsHandler {
  constructor(private readonly jobs: ApplyJobEvents) {}

  @HandleEvent(jobPosted)
  async posted(event: EventEnvelope<PayloadOf<typeof jobPosted>>): Promise<void> {
    await this.jobs.snapshot(event.payload);
  }

  @HandleEvent(jobUpdated)
  async updated(event: EventEnvelope<PayloadOf<typeof jobUpdated>>): Promise<void> {
    await this.jobs.snapshot(event.payload);
  }

  @HandleEvent(jobClosed)
  async closed(event: EventEnvelope<PayloadOf<typeof jobClosed>>): Promise<void> {
    await this.jobs.closed(event.payload);
  }
}
