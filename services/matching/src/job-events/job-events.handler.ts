import { Controller, UseInterceptors } from '@nestjs/common';
import { EventEnvelope, jobClosed, jobPosted, jobUpdated, PayloadOf } from '@vetlink/contracts';
import { HandleEvent } from '@vetlink/messaging';
import { IndexWorkInterceptor } from '../search/index-work.interceptor';
import { ApplyJobEvents } from './apply-job-events';

/** job-postings' jobs.* events: the read model, the jobs index, and the pushes of a new or changed job. */
@Controller()
@UseInterceptors(IndexWorkInterceptor)
export class JobEventsHandler {
  constructor(private readonly jobs: ApplyJobEvents) {}

  @HandleEvent(jobPosted)
  async posted(event: EventEnvelope<PayloadOf<typeof jobPosted>>): Promise<void> {
    await this.jobs.posted(event.payload, event);
  }

  @HandleEvent(jobUpdated)
  async updated(event: EventEnvelope<PayloadOf<typeof jobUpdated>>): Promise<void> {
    await this.jobs.updated(event.payload, event);
  }

  @HandleEvent(jobClosed)
  async closed(event: EventEnvelope<PayloadOf<typeof jobClosed>>): Promise<void> {
    await this.jobs.closed(event.payload);
  }
}
