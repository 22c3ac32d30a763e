import { Controller } from '@nestjs/common';
import {
  EventEnvelope,
  PayloadOf,
  profileCreated,
  profileUpdated,
  VeteranProfileSnapshot,
} from '@vetlink/contracts';
import { HandleEvent } from '@vetlink/messaging';
import { UserPreferences } from './use-cases/user-preferences';

/** Preferences seeded and changed from skills-profiles' snapshots (an older revision changes nothing). */
@Controller()
export class ProfileEventsHandler {
  constructor(private readonly preferences: UserPreferences) {}

  @HandleEvent(profileCreated)
  async profileCreated(event: EventEnvelope<VeteranProfileSnapshot>): Promise<void> {
    await this.preferences.applyProfile(event.payload);
  }

  @HandleEvent(profileUpdated)
  async profileUpdated(event: EventEnvelope<PayloadOf<typeof profileUpdated>>): Promise<void> {
    await this.preferences.applyProfile(event.payload, event.payload.changedFields);
  }
}
