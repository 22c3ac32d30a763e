import { Controller, Logger } from '@nestjs/common';
import { EventEnvelope, PayloadOf, veteranErased } from '@vetlink/contracts';
import { HandleEvent } from '@vetlink/messaging';
import { ErasedVeterans } from './erased-veterans';
import { VeteranDataRegistry } from './veteran-data-registry';

/** The veteran asked to be forgotten: every holder of this service erases what it keeps. */
@Controller()
export class VeteranErasedHandler {
  private readonly logger = new Logger(VeteranErasedHandler.name);

  constructor(
    private readonly registry: VeteranDataRegistry,
    private readonly erasedVeterans: ErasedVeterans,
  ) {}

  /** The tombstone first: a writer that checks it after writing then cleans up after itself. */
  @HandleEvent(veteranErased)
  async erased(event: EventEnvelope<PayloadOf<typeof veteranErased>>): Promise<void> {
    await this.erasedVeterans.record(event.payload.veteranId, new Date(event.payload.erasedAt));
    await this.registry.eraseFor(event.payload.veteranId);
    this.logger.log(
      { veteranId: event.payload.veteranId, sections: this.registry.sections },
      'veteran erased',
    );
  }
}
