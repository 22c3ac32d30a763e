import { z } from 'zod';
import { defineEvent, EventDefinition } from '../lib/define-event';
import { aggregateIdField, instantField, taxonomyIdField } from '../lib/payload-fields';

/**
 * The loans service's topic. Topic names are forever (see TOPICS): consumers subscribe by this string.
 * One topic for the loan's whole path (an application becomes the loan, under one id), keyed by the loan,
 * so that its submission, decision, disbursement, instalments and closing stay in order.
 */
export const LOAN_TOPICS = {
  loans: 'loans.loans',
} as const;

/** The vocabularies below travel in payloads: adding a value is safe, renaming one is a new version. */
export const LOAN_DECISIONS = ['approved', 'rejected'] as const;
export const LOAN_CLOSE_REASONS = ['repaid', 'repaid-early'] as const;
export type LoanDecision = (typeof LOAN_DECISIONS)[number];
export type LoanCloseReason = (typeof LOAN_CLOSE_REASONS)[number];

/** Money in integer fen (1 CNY = 100 fen): never a float, so that every total reconciles to the fen. */
const fen = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
/** A calendar day, YYYY-MM-DD (a due date has no time of day). */
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a YYYY-MM-DD day');

const loanRef = {
  loanId: aggregateIdField,
  veteranId: aggregateIdField,
  bankId: aggregateIdField,
  productId: aggregateIdField,
};

/**
 * The city the application was submitted in (its `application-submitted` city), so that a city bureau
 * counts its own decisions, overdue notices and closings. Optional, added in version 1: events sent
 * before carry none; the loans service sets it on every one it sends from now on.
 */
const submittedInCity = { cityId: taxonomyIdField.optional() };

export const loanApplicationSubmitted = defineEvent({
  type: 'loans.application-submitted',
  version: 1,
  topic: LOAN_TOPICS.loans,
  description:
    'A veteran submitted a startup-loan application to a partner bank (after it passed its eligibility check ' +
    'it goes to bank review). Keyed by the loan.',
  payload: z.object({
    ...loanRef,
    cityId: taxonomyIdField,
    amountFen: fen,
    termMonths: z.number().int().min(1).max(600),
    submittedAt: instantField,
  }),
  keyOf: (payload) => payload.loanId,
});

export const loanApplicationDecided = defineEvent({
  type: 'loans.application-decided',
  version: 1,
  topic: LOAN_TOPICS.loans,
  description:
    'The bank approved or rejected an application (rejected also when it failed the eligibility check: `reason` ' +
    'then lists the failing rules). A critical message for the veteran.',
  payload: z.object({
    ...loanRef,
    ...submittedInCity,
    decision: z.enum(LOAN_DECISIONS),
    reason: z.string().min(1).max(2000),
    amountFen: fen,
    decidedAt: instantField,
  }),
  keyOf: (payload) => payload.loanId,
});

export const loanDisbursed = defineEvent({
  type: 'loans.loan-disbursed',
  version: 1,
  topic: LOAN_TOPICS.loans,
  description:
    'The bank paid the loan out: the rate is fixed from now on (LPR at disbursement plus the spread), and the ' +
    "schedule's totals are known, including the interest the fund expects to subsidise.",
  payload: z.object({
    ...loanRef,
    cityId: taxonomyIdField,
    principalFen: fen,
    termMonths: z.number().int().min(1).max(600),
    annualRateBp: z.number().int().min(0).max(10_000),
    subsidyShareBp: z.number().int().min(0).max(10_000),
    installments: z.number().int().min(1).max(600),
    totalInterestFen: fen,
    totalFundInterestFen: fen,
    firstDueOn: day,
    disbursedAt: instantField,
  }),
  keyOf: (payload) => payload.loanId,
});

const installmentRef = {
  ...loanRef,
  sequence: z.number().int().min(1).max(600),
  dueOn: day,
};

export const installmentDue = defineEvent({
  type: 'loans.installment-due',
  version: 1,
  topic: LOAN_TOPICS.loans,
  description:
    'An instalment falls due soon (sent once per instalment, a few days ahead): what the borrower owes, the ' +
    "fund's share of the interest already deducted.",
  payload: z.object({
    ...installmentRef,
    borrowerDueFen: fen,
  }),
  keyOf: (payload) => payload.loanId,
});

export const installmentOverdue = defineEvent({
  type: 'loans.installment-overdue',
  version: 1,
  topic: LOAN_TOPICS.loans,
  description:
    'An instalment was not fully paid by its due date: sent once when it becomes overdue, and once more ' +
    "when it is late beyond the product's days and its subsidy is forfeited (`subsidyForfeited` true: the " +
    "borrower then owes the fund's share too).",
  payload: z.object({
    ...installmentRef,
    ...submittedInCity,
    outstandingFen: fen,
    daysLate: z.number().int().min(1),
    subsidyForfeited: z.boolean(),
  }),
  keyOf: (payload) => payload.loanId,
});

export const loanClosed = defineEvent({
  type: 'loans.loan-closed',
  version: 1,
  topic: LOAN_TOPICS.loans,
  description:
    'A loan was repaid in full (on schedule or early). Carries the totals paid and the interest the fund ' +
    'subsidised over its life (after forfeitures).',
  payload: z.object({
    ...loanRef,
    ...submittedInCity,
    reason: z.enum(LOAN_CLOSE_REASONS),
    principalFen: fen,
    interestPaidFen: fen,
    subsidyFen: fen,
    closedAt: instantField,
  }),
  keyOf: (payload) => payload.loanId,
});

export const LOAN_EVENTS: readonly EventDefinition[] = [
  loanApplicationSubmitted,
  loanApplicationDecided,
  loanDisbursed,
  installmentDue,
  installmentOverdue,
  loanClosed,
];
