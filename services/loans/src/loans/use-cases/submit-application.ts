import { Inject, Injectable } from '@nestjs/common';
import { Principal } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { loanApplicationDecided, loanApplicationSubmitted } from '@vetlink/contracts';
import { InvalidStateError } from '@vetlink/http';
import { eventOrigin, PendingEvent, pendingEvent } from '@vetlink/messaging';
import { ProductsRepository } from '../../products/products.repository';
import { SERVICE_NAME } from '../../service-name';
import { IncubatedStartupsRepository } from '../../startups/incubated-startups.repository';
import { KnownVeteransRepository } from '../../veterans/known-veterans.repository';
import { checkEligibility, failingReasons } from '../domain/eligibility';
import { assertCanTake, transition } from '../domain/lifecycle';
import { decidedPayload, submittedPayload } from '../domain/loan-events';
import { withIncubatedStartupTerms } from '../domain/loan-terms';
import { Loan, SYSTEM_ACTOR } from '../domain/loan';
import { LoansRepository } from '../loans.repository';
import { actorOf, LoanAccess } from './loan-access';

/**
 * The veteran submits: the eligibility check runs at once and every rule is kept with its result; an
 * eligible application goes to the bank's review, an ineligible one is rejected with the failing rules.
 * The three steps (submitted, eligibility-checked, bank-review or rejected) are one change of the loan.
 * A startup in residence at an incubation base (or graduated) gets the product's better terms from here on.
 */
@Injectable()
export class SubmitApplication {
  constructor(
    private readonly access: LoanAccess,
    private readonly loans: LoansRepository,
    private readonly products: ProductsRepository,
    private readonly veterans: KnownVeteransRepository,
    private readonly startups: IncubatedStartupsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(veteran: Principal, loanId: string): Promise<Loan> {
    const { loan } = await this.access.change(veteran, loanId, async (current) => {
      assertCanTake(current, 'submit');
      const now = this.clock.now();
      const startupId = current.business?.incubatedStartupId;
      const [product, standing, otherLoans, startup] = await Promise.all([
        this.products.find(current.productId),
        this.veterans.find(current.veteranId),
        this.loans.statesOfVeteran(current.veteranId),
        startupId ? this.startups.find(startupId) : undefined,
      ]);
      if (!product) throw new InvalidStateError(`the loan's product ${current.productId} is no longer kept`);
      const report = checkEligibility({
        loan: current,
        product,
        veteran: standing,
        otherLoans,
        ...(startup ? { startup } : {}),
        checkedAt: now,
      });
      const terms = report.incubatedStartup?.applies
        ? withIncubatedStartupTerms(current.terms)
        : current.terms;
      let next = transition(current, 'submit', actorOf(veteran), now, 'submitted by the veteran');
      next = transition(
        { ...next, terms, eligibility: report, subsidised: report.subsidy.applies },
        'record-eligibility',
        SYSTEM_ACTOR,
        now,
        report.eligible
          ? 'every rule passed'
          : `${report.rules.filter((rule) => !rule.passed).length} rule(s) failed`,
      );
      const origin = eventOrigin(SERVICE_NAME, now);
      const events: PendingEvent[] = [
        pendingEvent(loanApplicationSubmitted, submittedPayload(next, now), origin),
      ];
      if (report.eligible) {
        next = transition(next, 'refer-to-bank', SYSTEM_ACTOR, now, 'eligible: referred to the bank');
      } else {
        const reason = `not eligible: ${failingReasons(report)}`;
        next = transition(next, 'reject-as-ineligible', SYSTEM_ACTOR, now, reason);
        events.push(
          pendingEvent(loanApplicationDecided, decidedPayload(next, 'rejected', reason, now), origin),
        );
      }
      return {
        next,
        change: {
          action: 'submit' as const,
          by: actorOf(veteran),
          at: now,
          reason: 'submitted by the veteran',
          details: { eligible: report.eligible },
        },
        events,
        extra: undefined,
      };
    });
    return loan;
  }
}
