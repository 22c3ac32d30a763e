import type {
  installmentDue,
  installmentOverdue,
  loanApplicationDecided,
  loanClosed,
  loanDisbursed,
  PayloadOf,
} from '@vetlink/contracts';
import { causeOf, Notice } from './notice';

type Decided = PayloadOf<typeof loanApplicationDecided>;
type Disbursed = PayloadOf<typeof loanDisbursed>;
type Due = PayloadOf<typeof installmentDue>;
type Overdue = PayloadOf<typeof installmentOverdue>;
type Closed = PayloadOf<typeof loanClosed>;

/** loans.application-decided → the veteran (critical: a decision cannot be switched off). */
export function loanDecidedNotice(loan: Decided): Notice {
  return {
    userId: loan.veteranId,
    type: 'loan-decision',
    cause: causeOf(loan.loanId, 'decided', loan.decidedAt),
    data: { loanId: loan.loanId, decision: loan.decision, amountFen: loan.amountFen, reason: loan.reason },
  };
}

/** loans.loan-disbursed → the veteran. */
export function loanDisbursedNotice(loan: Disbursed): Notice {
  return {
    userId: loan.veteranId,
    type: 'loan-disbursed',
    cause: causeOf(loan.loanId, 'disbursed'),
    data: {
      loanId: loan.loanId,
      principalFen: loan.principalFen,
      termMonths: loan.termMonths,
      annualRateBp: loan.annualRateBp,
      subsidyShareBp: loan.subsidyShareBp,
      firstDueOn: loan.firstDueOn,
    },
  };
}

/** loans.installment-due → the veteran (once per instalment). */
export function installmentDueNotice(installment: Due): Notice {
  return {
    userId: installment.veteranId,
    type: 'loan-installment-due',
    cause: causeOf(installment.loanId, installment.sequence),
    data: {
      loanId: installment.loanId,
      sequence: installment.sequence,
      dueOn: installment.dueOn,
      borrowerDueFen: installment.borrowerDueFen,
    },
  };
}

/** loans.installment-overdue → the veteran (critical), once when overdue and once when the subsidy is lost. */
export function installmentOverdueNotice(installment: Overdue): Notice {
  return {
    userId: installment.veteranId,
    type: 'loan-installment-overdue',
    cause: causeOf(
      installment.loanId,
      installment.sequence,
      installment.subsidyForfeited ? 'forfeited' : 'overdue',
    ),
    data: {
      loanId: installment.loanId,
      sequence: installment.sequence,
      dueOn: installment.dueOn,
      outstandingFen: installment.outstandingFen,
      daysLate: installment.daysLate,
      subsidyForfeited: installment.subsidyForfeited,
    },
  };
}

/** loans.loan-closed → the veteran. */
export function loanClosedNotice(loan: Closed): Notice {
  return {
    userId: loan.veteranId,
    type: 'loan-closed',
    cause: causeOf(loan.loanId, 'closed'),
    data: {
      loanId: loan.loanId,
      reason: loan.reason,
      principalFen: loan.principalFen,
      interestPaidFen: loan.interestPaidFen,
      subsidyFen: loan.subsidyFen,
      closedAt: loan.closedAt,
    },
  };
}
