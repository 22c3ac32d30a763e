import { Controller } from '@nestjs/common';
import { EventEnvelope, jobTold, PayloadOf } from '@vetlink/contracts';
import { HandleEvent } from '@vetlink/messaging';
import { AlreadyToldLedger } from './already-told-ledger';

/** notifications.job-told: a job pushed to or digested for a veteran, so that no digest tells it again. */
@Controller()
export class JobToldHandler {
  constructor(private readonly ledger: AlreadyToldLedger) {}

  @HandleEvent(jobTold)
  async jobTold(event: EventEnvelope<PayloadOf<typeof jobTold>>): Promise<void> {
    await this.ledger.record(event.payload);
  }
}
