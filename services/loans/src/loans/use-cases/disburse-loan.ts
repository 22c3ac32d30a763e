import { Inject, Injectable } from '@nestjs/common';
import { Principal } from '@vetlink/auth';
import { Clock, CLOCK, shanghaiDay } from '@vetlink/clock';
import { loanDisbursed } from '@vetlink/contracts';
import { InvalidInputError, InvalidStateError } from '@vetlink/http';
import { eventOrigin, pendingEvent } from '@vetlink/messaging';
import { LedgerRepository } from '../../ledger/ledger.repository';
import { lprBpFor, lprInForce } from '../../products/domain/lpr';
import { ProductsRepository } from '../../products/products.repository';
import { Day, daysBetween } from '../../schedules/domain/calendar';
import { SERVICE_NAME } from '../../service-name';
import { disburse } from '../domain/disbursement';
import { assertCanTake } from '../domain/lifecycle';
import { disbursedPayload } from '../domain/loan-events';
import { Loan } from '../domain/loan';
import { actorOf, LoanAccess } from './loan-access';

/** How far back a disbursement may be recorded (the bank records what it paid out, at the latest a year on). */
const MAX_BACKDATED_DAYS = 366;

/**
 * The bank pays an approved loan out: the LPR in force that day plus the product's spread fixes the rate,
 * the schedule is drawn and the fund's share of each instalment goes into the subsidy ledger. Two
 * concurrent disbursements of one loan both claim its next version; one wins, the other gets 409.
 */
@Injectable()
export class DisburseLoan {
  constructor(
    private readonly access: LoanAccess,
    private readonly products: ProductsRepository,
    private readonly ledger: LedgerRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(
    staff: Principal,
    loanId: string,
    command: { disbursedOn?: Day; reason: string },
  ): Promise<Loan> {
    const now = this.clock.now();
    const today = shanghaiDay(now);
    const on = command.disbursedOn ?? today;
    const back = daysBetween(on, today);
    if (back < 0 || back > MAX_BACKDATED_DAYS) {
      throw new InvalidInputError([
        { field: 'disbursedOn', message: `must be today or at most ${MAX_BACKDATED_DAYS} days ago` },
      ]);
    }
    const { loan, previous } = await this.access.change(staff, loanId, async (current) => {
      assertCanTake(current, 'disburse');
      const quote = lprInForce(await this.products.quotesList(), on);
      if (!quote) throw new InvalidStateError(`no LPR quote is in force on ${on}: officers record it first`);
      const next = disburse(current, {
        lprBp: lprBpFor(quote, current.terms.lprTenor),
        on,
        by: actorOf(staff),
        at: now,
        reason: command.reason,
      });
      return {
        next,
        change: {
          action: 'disburse' as const,
          by: actorOf(staff),
          at: now,
          reason: command.reason,
          details: { disbursedOn: on },
        },
        events: [pendingEvent(loanDisbursed, disbursedPayload(next, now), eventOrigin(SERVICE_NAME, now))],
        extra: undefined,
      };
    });
    await this.ledger.recordFor(loan, previous, now);
    return loan;
  }
}
