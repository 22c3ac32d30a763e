import type {
  BorrowerKind,
  IncubatedStartupTerms,
  LprTenor,
  ProductSubsidy,
} from '../../products/domain/product';
import type { Day } from '../../schedules/domain/calendar';
import type { Fen } from '../../schedules/domain/money';
import type { Frequency, RepaymentMethod } from '../../schedules/domain/repayment-plan';
import type { Installment } from '../../schedules/domain/subsidy';
import type { EligibilityReport } from './eligibility';
import type { LoanState } from './lifecycle';

/** Who did something to a loan: a person with a role, or the service itself (its periodic review). */
export interface Actor {
  userId: string;
  role: string;
}

export const SYSTEM_ACTOR: Actor = { userId: 'loans-service', role: 'system' };

/** One step of the state machine, kept on the loan and, with more detail, in the audit trail. */
export interface LoanTransition {
  from: LoanState;
  to: LoanState;
  at: Date;
  by: Actor;
  reason: string;
}

/** The product's terms, copied onto the loan when it is applied for: later product edits do not move it. */
export interface LoanTerms {
  productName: string;
  lprTenor: LprTenor;
  spreadBp: number;
  method: RepaymentMethod;
  frequency: Frequency;
  graceMonths: number;
  subsidy?: ProductSubsidy;
  /** What the product offers an incubated startup; in force (spread and grace above) once its rule passed. */
  incubatedStartupTerms?: IncubatedStartupTerms;
  defaultAfterDaysLate: number;
}

export const INSTALLMENT_STATUSES = ['pending', 'paid', 'cancelled'] as const;
export type InstallmentStatus = (typeof INSTALLMENT_STATUSES)[number];

/**
 * An instalment of the loan's schedule. `revision` counts the schedules: an early repayment cancels the
 * instalments after the one it pays and appends a recalculated revision, so nothing is ever rewritten.
 */
export interface LoanInstallment extends Installment {
  revision: number;
  status: InstallmentStatus;
  /** What the borrower has paid towards it. */
  paidFen: Fen;
  paidOn?: Day;
  /** Paid too late: the fund's share is lost and the borrower owes it too. */
  forfeited: boolean;
  dueNotified: boolean;
  overdueNotified: boolean;
}

export interface Business {
  name: string;
  /** The unified social credit code of a registered business (统一社会信用代码). */
  creditCode?: string;
  /** The startup in residence at (or graduated from) an incubation base, by incubators' id. */
  incubatedStartupId?: string;
}

export interface Guarantor {
  kind: 'person' | 'company' | 'guarantee-fund';
  name: string;
}

/** An application, and the loan it becomes once disbursed: one aggregate, one id, one state machine. */
export interface Loan {
  id: string;
  /** Every write makes the next version; the audit trail is keyed by it (see LoanStore). */
  version: number;
  veteranId: string;
  bankId: string;
  productId: string;
  cityId: string;
  borrowerKind: BorrowerKind;
  amountFen: Fen;
  termMonths: number;
  purpose: string;
  business?: Business;
  guarantor?: Guarantor;
  terms: LoanTerms;
  state: LoanState;
  eligibility?: EligibilityReport;
  /** Whether the fund's subsidy applies (its conditions held at the eligibility check). */
  subsidised: boolean;
  lprBp?: number;
  /** LPR + spread, fixed on the disbursement day. */
  annualRateBp?: number;
  disbursedOn?: Day;
  installments: LoanInstallment[];
  /** Principal repaid ahead of the schedule (the rest was recalculated). */
  prepaidPrincipalFen: Fen;
  /** The bank's references (流水号) of the repayments recorded: a retried recording applies once. */
  repaymentReferences: string[];
  history: LoanTransition[];
  createdAt: Date;
  updatedAt: Date;
}

/** What the borrower owes on an instalment in all: principal, their interest, and the fund's if forfeited. */
export function borrowerOwesFen(installment: LoanInstallment): Fen {
  return (
    installment.principalFen +
    installment.borrowerInterestFen +
    (installment.forfeited ? installment.fundInterestFen : 0)
  );
}

export function outstandingFen(installment: LoanInstallment): Fen {
  return installment.status === 'pending' ? borrowerOwesFen(installment) - installment.paidFen : 0;
}

export function pendingInstallments(loan: Pick<Loan, 'installments'>): LoanInstallment[] {
  return loan.installments.filter((installment) => installment.status === 'pending');
}

/** The instalments that make up the schedule now (the cancelled ones replaced by a recalculation left out). */
export function liveInstallments(loan: Pick<Loan, 'installments'>): LoanInstallment[] {
  return loan.installments.filter((installment) => installment.status !== 'cancelled');
}
