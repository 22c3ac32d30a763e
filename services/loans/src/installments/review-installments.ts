import { Inject, Injectable } from '@nestjs/common';
import { Clock, CLOCK, shanghaiDay } from '@vetlink/clock';
import { installmentDue, installmentOverdue } from '@vetlink/contracts';
import { eventOrigin, PendingEvent, pendingEvent } from '@vetlink/messaging';
import { LedgerRepository } from '../ledger/ledger.repository';
import { reviewInstallments } from '../loans/domain/due-review';
import { ACTIVE_STATES } from '../loans/domain/lifecycle';
import { duePayload, overduePayload } from '../loans/domain/loan-events';
import { SYSTEM_ACTOR } from '../loans/domain/loan';
import { LoansRepository } from '../loans/loans.repository';
import { SERVICE_NAME } from '../service-name';

const BATCH_SIZE = 100;
/** Bounds one sweep; whatever is left waits for the next. */
const MAX_BATCHES = 50;
/** Instalments are announced this many days before they fall due. */
export const DUE_NOTICE_DAYS = 3;
/** Loans that closed or defaulted this recently still get their ledger checked (a crash may have cut it). */
const SETTLED_LEDGER_CHECK_MS = 7 * 86_400_000;

export interface ReviewCounts {
  loans: number;
  notices: number;
  forfeited: number;
  defaulted: number;
}

/**
 * Walks the loans still owing: announces instalments falling due and overdue (once each), forfeits the
 * subsidy of instalments paid too late, declares defaults, and makes good any ledger entry a crash lost
 * (for the loans still owing, and those closed or defaulted in the last week).
 * Each loan's change claims its next version, so two instances reviewing at once, or a repayment recorded
 * meanwhile, never apply twice (the loser's claim fails and it moves on: the next sweep sees the loan again).
 */
@Injectable()
export class ReviewDueInstallments {
  constructor(
    private readonly loans: LoansRepository,
    private readonly ledger: LedgerRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(): Promise<ReviewCounts> {
    const counts: ReviewCounts = { loans: 0, notices: 0, forfeited: 0, defaulted: 0 };
    let afterId: string | undefined;
    for (let batch = 0; batch < MAX_BATCHES; batch += 1) {
      const ids = await this.loans.idsInStates(ACTIVE_STATES, afterId, BATCH_SIZE);
      for (const id of ids) await this.reviewOne(id, counts);
      if (ids.length < BATCH_SIZE) break;
      afterId = ids[ids.length - 1];
    }
    await this.repairRecentlySettled();
    return counts;
  }

  /** The ledger of loans that stopped owing lately: their last change's entries may have been cut short. */
  private async repairRecentlySettled(): Promise<void> {
    const now = this.clock.now();
    const since = new Date(now.getTime() - SETTLED_LEDGER_CHECK_MS);
    let afterId: string | undefined;
    for (let batch = 0; batch < MAX_BATCHES; batch += 1) {
      const ids = await this.loans.idsSettledSince(since, afterId, BATCH_SIZE);
      for (const id of ids) {
        const loan = await this.loans.find(id);
        if (loan) await this.ledger.repair(loan, now);
      }
      if (ids.length < BATCH_SIZE) break;
      afterId = ids[ids.length - 1];
    }
  }

  private async reviewOne(loanId: string, counts: ReviewCounts): Promise<void> {
    const now = this.clock.now();
    const current = await this.loans.find(loanId);
    if (!current || !ACTIVE_STATES.includes(current.state)) return;
    counts.loans += 1;
    await this.ledger.repair(current, now);
    const review = reviewInstallments(current, shanghaiDay(now), DUE_NOTICE_DAYS, now);
    if (!review.changed) return;
    const origin = eventOrigin(SERVICE_NAME, now);
    const events: PendingEvent[] = review.notices.map((notice) =>
      notice.kind === 'due'
        ? pendingEvent(installmentDue, duePayload(review.loan, notice.installment), origin)
        : pendingEvent(installmentOverdue, overduePayload(review.loan, notice), origin),
    );
    const committed = await this.loans.commit(
      current,
      review.loan,
      {
        action: review.defaulted ? 'default' : 'review',
        by: SYSTEM_ACTOR,
        at: now,
        reason: review.defaulted
          ? (review.loan.history.at(-1)?.reason ?? 'in default')
          : `periodic review: ${review.notices.length} notice(s), ${review.forfeited.length} subsidy forfeiture(s)`,
        details: { forfeited: review.forfeited },
      },
      events,
    );
    if (!committed) return;
    await this.ledger.recordFor({ ...review.loan, version: current.version + 1 }, current, now);
    counts.notices += review.notices.length;
    counts.forfeited += review.forfeited.length;
    if (review.defaulted) counts.defaulted += 1;
  }
}
