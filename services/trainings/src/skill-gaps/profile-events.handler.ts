import { Controller } from '@nestjs/common';
import {
  EventEnvelope,
  jobSeekingStatusChanged,
  PayloadOf,
  profileCreated,
  profileUpdated,
} from '@vetlink/contracts';
import { HandleEvent } from '@vetlink/messaging';
import { ApplyProfileEvents } from './apply-profile-events';

/** skills-profiles' profiles.* events (never its database) into the veterans the skill gaps score. */
@Controller()
export class ProfileEventsHandler {
  constructor(private readonly profiles: ApplyProfileEvents) {}

  @HandleEvent(profileCreated)
  async created(event: EventEnvelope<PayloadOf<typeof profileCreated>>): Promise<void> {
    await this.profiles.snapshot(event.payload);
  }

  @HandleEvent(profileUpdated)
  async updated(event: EventEnvelope<PayloadOf<typeof profileUpdated>>): Promise<void> {
    const { changedFields: _changedFields, ...snapshot } = event.payload;
    await this.profiles.snapshot(snapshot);
  }

  @HandleEvent(jobSeekingStatusChanged)
  async jobSeekingStatusChanged(
    event: EventEnvelope<PayloadOf<typeof jobSeekingStatusChanged>>,
  ): Promise<void> {
    await this.profiles.jobSeekingStatusChanged(event.payload);
  }
}
