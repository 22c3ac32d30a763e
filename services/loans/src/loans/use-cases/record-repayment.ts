import { Inject, Injectable } from '@nestjs/common';
import { Principal } from '@vetlink/auth';
import { Clock, CLOCK, shanghaiDay } from '@vetlink/clock';
import { loanClosed } from '@vetlink/contracts';
import { InvalidInputError } from '@vetlink/http';
import { eventOrigin, pendingEvent } from '@vetlink/messaging';
import { LedgerRepository } from '../../ledger/ledger.repository';
import { Day } from '../../schedules/domain/calendar';
import { SERVICE_NAME } from '../../service-name';
import { closedPayload } from '../domain/loan-events';
import { Loan } from '../domain/loan';
import { recordRepayment, RepaymentOutcome } from '../domain/repayments';
import { actorOf, LoanAccess } from './loan-access';

/** Bank staff record money received against a loan (partial, early or late), on the day it arrived. */
@Injectable()
export class RecordRepayment {
  constructor(
    private readonly access: LoanAccess,
    private readonly ledger: LedgerRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(
    staff: Principal,
    loanId: string,
    command: { amountFen: number; paidOn?: Day; reference: string },
  ): Promise<{ loan: Loan; outcome: Omit<RepaymentOutcome, 'loan'> }> {
    const now = this.clock.now();
    const today = shanghaiDay(now);
    const on = command.paidOn ?? today;
    if (on > today) throw new InvalidInputError([{ field: 'paidOn', message: 'must not be in the future' }]);
    const { loan, previous, extra } = await this.access.change(staff, loanId, (current) => {
      if (
        !current.repaymentReferences.includes(command.reference) &&
        current.disbursedOn &&
        on < current.disbursedOn
      ) {
        throw new InvalidInputError([
          { field: 'paidOn', message: `must not be before the disbursement on ${current.disbursedOn}` },
        ]);
      }
      const outcome = recordRepayment(current, {
        amountFen: command.amountFen,
        on,
        by: actorOf(staff),
        at: now,
        reference: command.reference,
      });
      const events =
        outcome.closed && !outcome.alreadyRecorded
          ? [pendingEvent(loanClosed, closedPayload(outcome.loan, now), eventOrigin(SERVICE_NAME, now))]
          : [];
      const { loan: next, ...rest } = outcome;
      return {
        next,
        change: {
          action: 'repay' as const,
          by: actorOf(staff),
          at: now,
          reason: `${command.amountFen} fen received on ${on}`,
          details: {
            amountFen: command.amountFen,
            paidOn: on,
            reference: command.reference,
            settled: rest.settled,
            prepaidFen: rest.prepaidFen,
          },
        },
        events,
        extra: rest,
      };
    });
    await this.ledger.recordFor(loan, previous, now);
    return { loan, outcome: extra };
  }
}
