import { Controller } from '@nestjs/common';
import {
  EventEnvelope,
  incubatorApplicationDecided,
  PayloadOf,
  startupAdmitted,
  startupGraduated,
} from '@vetlink/contracts';
import { HandleEvent } from '@vetlink/messaging';
import {
  incubationDecidedNotice,
  startupAdmittedNotice,
  startupGraduatedNotice,
} from './domain/incubation-notices';
import { SendProgrammeNotices } from './send-notices';

/** The incubators events into the founder's notices. */
@Controller()
export class IncubationNoticesHandler {
  constructor(private readonly notices: SendProgrammeNotices) {}

  @HandleEvent(incubatorApplicationDecided)
  async applicationDecided(
    event: EventEnvelope<PayloadOf<typeof incubatorApplicationDecided>>,
  ): Promise<void> {
    await this.notices.unlessTooOld(event, [incubationDecidedNotice(event.payload)]);
  }

  @HandleEvent(startupAdmitted)
  async startupAdmitted(event: EventEnvelope<PayloadOf<typeof startupAdmitted>>): Promise<void> {
    await this.notices.unlessTooOld(event, [startupAdmittedNotice(event.payload)]);
  }

  @HandleEvent(startupGraduated)
  async startupGraduated(event: EventEnvelope<PayloadOf<typeof startupGraduated>>): Promise<void> {
    await this.notices.unlessTooOld(event, [startupGraduatedNotice(event.payload)]);
  }
}
