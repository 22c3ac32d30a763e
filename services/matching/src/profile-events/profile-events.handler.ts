import { Controller, UseInterceptors } from '@nestjs/common';
import {
  EventEnvelope,
  jobSeekingStatusChanged,
  PayloadOf,
  profileCreated,
  profileUpdated,
} from '@vetlink/contracts';
import { HandleEvent } from '@vetlink/messaging';
import { IndexWorkInterceptor } from '../search/index-work.interceptor';
import { ApplyProfileEvents } from './apply-profile-events';

/** skills-profiles' profiles.* events: the read model, the veterans index, and new jobs pushed to a veteran looking for one. */
@Controller()
@UseInterceptors(IndexWorkInterceptor)
export class ProfileEventsHandler {
  constructor(private readonly profiles: ApplyProfileEvents) {}

  @HandleEvent(profileCreated)
  async created(event: EventEnvelope<PayloadOf<typeof profileCreated>>): Promise<void> {
    await this.profiles.created(event.payload, event);
  }

  @HandleEvent(profileUpdated)
  async updated(event: EventEnvelope<PayloadOf<typeof profileUpdated>>): Promise<void> {
    await this.profiles.updated(event.payload, event);
  }

  @HandleEvent(jobSeekingStatusChanged)
  async jobSeekingStatusChanged(
    event: EventEnvelope<PayloadOf<typeof jobSeekingStatusChanged>>,
  ): Promise<void> {
    await this.profiles.jobSeekingStatusChanged(event.payload, event);
  }
}
