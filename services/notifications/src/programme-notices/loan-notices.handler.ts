import { Controller } from '@nestjs/common';
import {
  EventEnvelope,
  installmentDue,
  installmentOverdue,
  loanApplicationDecided,
  loanClosed,
  loanDisbursed,
  PayloadOf,
} from '@vetlink/contracts';
import { HandleEvent } from '@vetlink/messaging';
import {
  installmentDueNotice,
  installmentOverdueNotice,
  loanClosedNotice,
  loanDecidedNotice,
  loanDisbursedNotice,
} from './domain/loan-notices';
import { SendProgrammeNotices } from './send-notices';

/** The loans events into the veteran's notices (a decision and an overdue instalment are critical). */
@Controller()
export class LoanNoticesHandler {
  constructor(private readonly notices: SendProgrammeNotices) {}

  @HandleEvent(loanApplicationDecided)
  async applicationDecided(event: EventEnvelope<PayloadOf<typeof loanApplicationDecided>>): Promise<void> {
    await this.notices.unlessTooOld(event, [loanDecidedNotice(event.payload)]);
  }

  @HandleEvent(loanDisbursed)
  async loanDisbursed(event: EventEnvelope<PayloadOf<typeof loanDisbursed>>): Promise<void> {
    await this.notices.unlessTooOld(event, [loanDisbursedNotice(event.payload)]);
  }

  @HandleEvent(installmentDue)
  async installmentDue(event: EventEnvelope<PayloadOf<typeof installmentDue>>): Promise<void> {
    await this.notices.unlessTooOld(event, [installmentDueNotice(event.payload)]);
  }

  @HandleEvent(installmentOverdue)
  async installmentOverdue(event: EventEnvelope<PayloadOf<typeof installmentOverdue>>): Promise<void> {
    await this.notices.unlessTooOld(event, [installmentOverdueNotice(event.payload)]);
  }

  @HandleEvent(loanClosed)
  async loanClosed(event: EventEnvelope<PayloadOf<typeof loanClosed>>): Promise<void> {
    await this.notices.unlessTooOld(event, [loanClosedNotice(event.payload)]);
  }
}
