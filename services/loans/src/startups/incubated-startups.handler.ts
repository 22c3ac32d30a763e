import { Controller } from '@nestjs/common';
import { EventEnvelope, PayloadOf, startupAdmitted, startupGraduated } from '@vetlink/contracts';
import { HandleEvent } from '@vetlink/messaging';
import { IncubatedStartupsRepository } from './incubated-startups.repository';

/**
 * Which startups are in residence at an incubation base or graduated from one, from incubators' events:
 * what a loan application naming its startup is checked against for the product's better terms.
 */
@Controller()
export class IncubatedStartupsHandler {
  constructor(private readonly startups: IncubatedStartupsRepository) {}

  @HandleEvent(startupAdmitted)
  async admitted(event: EventEnvelope<PayloadOf<typeof startupAdmitted>>): Promise<void> {
    const { applicationId, veteranId } = event.payload;
    await this.startups.keep({
      _id: applicationId,
      founderId: veteranId,
      standing: 'in-residence',
      updatedAt: new Date(event.occurredAt),
    });
  }

  @HandleEvent(startupGraduated)
  async graduated(event: EventEnvelope<PayloadOf<typeof startupGraduated>>): Promise<void> {
    const { applicationId, veteranId, ending } = event.payload;
    await this.startups.keep({
      _id: applicationId,
      founderId: veteranId,
      standing: ending,
      updatedAt: new Date(event.occurredAt),
    });
  }
}
