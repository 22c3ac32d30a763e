import { Controller } from '@nestjs/common';
import { EventEnvelope, profileCreated, profileUpdated, VeteranProfileSnapshot } from '@vetlink/contracts';
import { HandleEvent } from '@vetlink/messaging';
import { KnownVeteransRepository } from './known-veterans.repository';

/** Founders' and team members' veteran status, from skills-profiles' events (no personal data kept). */
@Controller()
export class KnownVeteransHandler {
  constructor(private readonly veterans: KnownVeteransRepository) {}

  @HandleEvent(profileCreated)
  async profileCreated(event: EventEnvelope<VeteranProfileSnapshot>): Promise<void> {
    await this.apply(event.payload);
  }

  @HandleEvent(profileUpdated)
  async profileUpdated(event: EventEnvelope<VeteranProfileSnapshot>): Promise<void> {
    await this.apply(event.payload);
  }

  private apply(profile: VeteranProfileSnapshot): Promise<void> {
    return this.veterans.apply(
      profile.veteranId,
      profile.revision,
      profile.serviceRecord !== null,
      new Date(profile.updatedAt),
    );
  }
}
