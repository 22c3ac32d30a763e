import { Controller } from '@nestjs/common';
import { EventEnvelope, profileCreated, VeteranProfileSnapshot } from '@vetlink/contracts';
import { HandleEvent } from '@vetlink/messaging';
import { KnownVeteransRepository } from './known-veterans.repository';

/** Keeps the known veterans from skills-profiles' events: the read model the notes are checked against. */
@Controller()
export class KnownVeteransHandler {
  constructor(private readonly veterans: KnownVeteransRepository) {}

  @HandleEvent(profileCreated)
  async profileCreated(event: EventEnvelope<VeteranProfileSnapshot>): Promise<void> {
    const { veteranId, displayName } = event.payload;
    await this.veterans.add({ id: veteranId, displayName, knownSince: new Date(event.occurredAt) });
  }
}
