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

/**
 * skills-profiles' profiles.* events (never its database) into the read model: each veteran's newest
 * snapshot and whether they receive the digest. Writes are ordered by revision, so a repeat is harmless.
 */
@Controller()
export class ProfileEventsHandler {
  constructor(private readonly profiles: ApplyProfileEvents) {}

  @HandleEvent(profileCreated)
  async created(event: EventEnvelope<PayloadOf<typeof profileCreated>>): Promise<void> {
    await this.profiles.snapshot(event.payload);
  }

  @HandleEvent(profileUpdated)
  async updated(event: EventEnvelope<PayloadOf<typeof profileUpdated>>): Promise<void> {
    await this.profiles.snapshot(event.payload);
  }

  @HandleEvent(jobSeekingStatusChanged)
  async jobSeekingStatusChanged(
    event: EventEnvelope<PayloadOf<typeof jobSeekingStatusChanged>>,
  ): Promise<void> {
    await this.profiles.jobSeekingStatusChanged(event.payload);
  }
}
