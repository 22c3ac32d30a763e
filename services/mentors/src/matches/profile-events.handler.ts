import { Controller } from '@nestjs/common';
import { EventEnvelope, PayloadOf, profileCreated, profileUpdated } from '@vetlink/contracts';
import { HandleEvent } from '@vetlink/messaging';
import { interestFromSnapshot } from './domain/veteran-interest';
import { VeteranInterestsRepository } from './veteran-interests.repository';

/** Keeps what mentor suggestions need of each veteran's profile, from skills-profiles' events. */
@Controller()
export class ProfileEventsHandler {
  constructor(private readonly interests: VeteranInterestsRepository) {}

  @HandleEvent(profileCreated)
  async created(event: EventEnvelope<PayloadOf<typeof profileCreated>>): Promise<void> {
    await this.interests.keep(interestFromSnapshot(event.payload));
  }

  @HandleEvent(profileUpdated)
  async updated(event: EventEnvelope<PayloadOf<typeof profileUpdated>>): Promise<void> {
    await this.interests.keep(interestFromSnapshot(event.payload));
  }
}
