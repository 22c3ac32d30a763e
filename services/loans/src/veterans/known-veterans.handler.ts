import { Controller } from '@nestjs/common';
import { EventEnvelope, profileCreated, profileUpdated, VeteranProfileSnapshot } from '@vetlink/contracts';
import { HandleEvent } from '@vetlink/messaging';
import { KnownVeteransRepository } from './known-veterans.repository';

/**
 * Veteran status from skills-profiles' events: whether a profile exists, whether it carries a service
 * record (a verified veteran here), and the city of residence (for the reports). Nothing personal.
 */
@Controller()
export class KnownVeteransHandler {
  constructor(private readonly veterans: KnownVeteransRepository) {}

  @HandleEvent(profileCreated)
  async profileCreated(event: EventEnvelope<VeteranProfileSnapshot>): Promise<void> {
    await this.keep(event);
  }

  @HandleEvent(profileUpdated)
  async profileUpdated(event: EventEnvelope<VeteranProfileSnapshot>): Promise<void> {
    await this.keep(event);
  }

  private async keep(event: EventEnvelope<VeteranProfileSnapshot>): Promise<void> {
    const { veteranId, revision, serviceRecord, residence } = event.payload;
    await this.veterans.keep({
      _id: veteranId,
      revision,
      hasServiceRecord: Boolean(serviceRecord?.dischargeDate),
      ...(residence?.cityId ? { cityId: residence.cityId } : {}),
      updatedAt: new Date(event.occurredAt),
    });
  }
}
