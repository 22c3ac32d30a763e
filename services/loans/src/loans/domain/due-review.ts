import { Day, daysBetween } from '../../schedules/domain/calendar';
import { canTake, transition } from './lifecycle';
import { Loan, LoanInstallment, outstandingFen, SYSTEM_ACTOR } from './loan';
import { forfeitLateSubsidies } from './repayments';

export type InstallmentNotice =
  | { kind: 'due'; installment: LoanInstallment }
  | { kind: 'overdue'; installment: LoanInstallment; daysLate: number; outstandingFen: number };

export interface DueReview {
  loan: Loan;
  notices: InstallmentNotice[];
  /** Sequences whose subsidy this review forfeited. */
  forfeited: number[];
  defaulted: boolean;
  changed: boolean;
}

/**
 * What the periodic review does to a loan on a day: announces instalments falling due within
 * `dueNoticeDays` (once each), announces unpaid ones past their due date (once when they become
 * overdue, once more when their subsidy is forfeited), forfeits subsidies beyond the product's days,
 * and declares the loan in default when an instalment is later than the product allows.
 */
export function reviewInstallments(current: Loan, today: Day, dueNoticeDays: number, at: Date): DueReview {
  const { loan: afterForfeits, forfeited } = forfeitLateSubsidies(current, today);
  const notices: InstallmentNotice[] = [];
  let changed = forfeited.length > 0;
  const installments = afterForfeits.installments.map((installment) => {
    if (installment.status !== 'pending') return installment;
    const daysLate = daysBetween(installment.dueOn, today);
    let next = installment;
    if (!next.dueNotified && daysLate >= -dueNoticeDays) {
      next = { ...next, dueNotified: true };
      if (daysLate <= 0) notices.push({ kind: 'due', installment: next });
    }
    const newlyForfeited = forfeited.includes(installment.sequence);
    if (daysLate > 0 && (!next.overdueNotified || newlyForfeited)) {
      next = { ...next, overdueNotified: true };
      notices.push({ kind: 'overdue', installment: next, daysLate, outstandingFen: outstandingFen(next) });
    }
    if (next !== installment) changed = true;
    return next;
  });
  let loan: Loan = { ...afterForfeits, installments };
  const worstLate = Math.max(
    0,
    ...installments
      .filter((installment) => installment.status === 'pending')
      .map((installment) => daysBetween(installment.dueOn, today)),
  );
  const defaulted = worstLate > loan.terms.defaultAfterDaysLate && canTake(loan, 'default');
  if (defaulted) {
    loan = transition(
      loan,
      'default',
      SYSTEM_ACTOR,
      at,
      `an instalment is ${worstLate} days late (the product allows ${loan.terms.defaultAfterDaysLate})`,
    );
  }
  return {
    loan: changed || defaulted ? { ...loan, updatedAt: at } : current,
    notices,
    forfeited,
    defaulted,
    changed: changed || defaulted,
  };
}
