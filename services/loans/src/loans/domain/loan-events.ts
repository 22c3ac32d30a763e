import type {
  installmentDue,
  installmentOverdue,
  loanApplicationDecided,
  loanApplicationSubmitted,
  loanClosed,
  loanDisbursed,
  PayloadOf,
} from '@vetlink/contracts';
import { scheduleTotals } from '../../schedules/domain/schedule';
import { InstallmentNotice } from './due-review';
import { liveInstallments, Loan, LoanInstallment, outstandingFen } from './loan';

function ref(loan: Loan) {
  return { loanId: loan.id, veteranId: loan.veteranId, bankId: loan.bankId, productId: loan.productId };
}

/** The reference and the city the application was submitted in, so that a city bureau counts its own. */
function placedRef(loan: Loan) {
  return { ...ref(loan), cityId: loan.cityId };
}

export function submittedPayload(loan: Loan, at: Date): PayloadOf<typeof loanApplicationSubmitted> {
  return {
    ...placedRef(loan),
    amountFen: loan.amountFen,
    termMonths: loan.termMonths,
    submittedAt: at.toISOString(),
  };
}

export function decidedPayload(
  loan: Loan,
  decision: 'approved' | 'rejected',
  reason: string,
  at: Date,
): PayloadOf<typeof loanApplicationDecided> {
  return { ...placedRef(loan), decision, reason, amountFen: loan.amountFen, decidedAt: at.toISOString() };
}

export function disbursedPayload(loan: Loan, at: Date): PayloadOf<typeof loanDisbursed> {
  const totals = scheduleTotals(loan.installments);
  return {
    ...placedRef(loan),
    principalFen: loan.amountFen,
    termMonths: loan.termMonths,
    annualRateBp: loan.annualRateBp ?? 0,
    subsidyShareBp: loan.subsidised ? (loan.terms.subsidy?.shareBp ?? 0) : 0,
    installments: loan.installments.length,
    totalInterestFen: totals.interestFen,
    totalFundInterestFen: totals.fundInterestFen,
    firstDueOn: loan.installments[0]?.dueOn ?? '',
    disbursedAt: at.toISOString(),
  };
}

export function duePayload(loan: Loan, installment: LoanInstallment): PayloadOf<typeof installmentDue> {
  return {
    ...ref(loan),
    sequence: installment.sequence,
    dueOn: installment.dueOn,
    borrowerDueFen: outstandingFen(installment),
  };
}

export function overduePayload(
  loan: Loan,
  notice: Extract<InstallmentNotice, { kind: 'overdue' }>,
): PayloadOf<typeof installmentOverdue> {
  return {
    ...placedRef(loan),
    sequence: notice.installment.sequence,
    dueOn: notice.installment.dueOn,
    outstandingFen: notice.outstandingFen,
    daysLate: notice.daysLate,
    subsidyForfeited: notice.installment.forfeited,
  };
}

export function closedPayload(loan: Loan, at: Date): PayloadOf<typeof loanClosed> {
  const live = liveInstallments(loan);
  const interestPaidFen = live.reduce(
    (sum, installment) =>
      sum + installment.borrowerInterestFen + (installment.forfeited ? installment.fundInterestFen : 0),
    0,
  );
  return {
    ...placedRef(loan),
    reason: loan.prepaidPrincipalFen > 0 ? 'repaid-early' : 'repaid',
    principalFen: loan.amountFen,
    interestPaidFen,
    subsidyFen: live
      .filter((installment) => !installment.forfeited)
      .reduce((sum, installment) => sum + installment.fundInterestFen, 0),
    closedAt: at.toISOString(),
  };
}
