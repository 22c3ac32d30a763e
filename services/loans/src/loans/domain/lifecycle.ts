import { IllegalTransitionError } from '@vetlink/http';
import { Actor, Loan, LoanTransition } from './loan';

/**
 * The life of an application and the loan it becomes (acyclic: each state is entered, and left, once):
 *
 *   draft ─submit─▶ submitted ─check─▶ eligibility-checked ─refer─▶ bank-review ─approve─▶ approved
 *                                              │ (a rule failed)         │ reject                 │ disburse
 *                                              └──────────▶ rejected ◀───┘                        ▼
 *   withdrawn ◀─ withdraw (any state before disbursement)           disbursed ─first repayment─▶ repaying
 *                                                                        │                         │ repaid
 *                                                                        └──▶ defaulted ◀──────────┤
 *                                                                                                  ▼
 *                                                                                                closed
 */
export const LOAN_STATES = [
  'draft',
  'submitted',
  'eligibility-checked',
  'bank-review',
  'approved',
  'rejected',
  'disbursed',
  'repaying',
  'closed',
  'defaulted',
  'withdrawn',
] as const;
export type LoanState = (typeof LOAN_STATES)[number];

export type LoanAction =
  | 'submit'
  | 'record-eligibility'
  | 'refer-to-bank'
  | 'reject-as-ineligible'
  | 'approve'
  | 'reject'
  | 'disburse'
  | 'start-repaying'
  | 'close'
  | 'default'
  | 'withdraw';

interface Step {
  from: readonly LoanState[];
  to: LoanState;
  verb: string;
}

const BEFORE_DISBURSEMENT: readonly LoanState[] = [
  'draft',
  'submitted',
  'eligibility-checked',
  'bank-review',
  'approved',
];

const STEPS: Record<LoanAction, Step> = {
  submit: { from: ['draft'], to: 'submitted', verb: 'submit it' },
  'record-eligibility': { from: ['submitted'], to: 'eligibility-checked', verb: 'check its eligibility' },
  'refer-to-bank': { from: ['eligibility-checked'], to: 'bank-review', verb: 'refer it to the bank' },
  'reject-as-ineligible': { from: ['eligibility-checked'], to: 'rejected', verb: 'reject it' },
  approve: { from: ['bank-review'], to: 'approved', verb: 'approve it' },
  reject: { from: ['bank-review'], to: 'rejected', verb: 'reject it' },
  disburse: { from: ['approved'], to: 'disbursed', verb: 'disburse it' },
  'start-repaying': { from: ['disbursed'], to: 'repaying', verb: 'record its first repayment' },
  close: { from: ['repaying'], to: 'closed', verb: 'close it' },
  default: { from: ['disbursed', 'repaying'], to: 'defaulted', verb: 'declare it in default' },
  withdraw: { from: BEFORE_DISBURSEMENT, to: 'withdrawn', verb: 'withdraw it' },
};

/** Where repayments are taken. */
export const REPAYABLE_STATES: readonly LoanState[] = ['disbursed', 'repaying'];
/** Loans that still owe (counted as active in the reports). */
export const ACTIVE_STATES: readonly LoanState[] = ['disbursed', 'repaying'];
/** Applications and loans that block another (a veteran has one at a time); drafts do not count. */
export const OPEN_STATES: readonly LoanState[] = [
  'submitted',
  'eligibility-checked',
  'bank-review',
  'approved',
  'disbursed',
  'repaying',
];

export function canTake(loan: Pick<Loan, 'state'>, action: LoanAction): boolean {
  return STEPS[action].from.includes(loan.state);
}

/** Refuses (409, naming the current state) when the action is not allowed from where the loan is. */
export function assertCanTake(loan: Pick<Loan, 'state'>, action: LoanAction): void {
  const step = STEPS[action];
  if (!step.from.includes(loan.state))
    throw new IllegalTransitionError('loan', loan.state, step.verb, step.from);
}

/** The loan after the step, with the step in its history. */
export function transition(loan: Loan, action: LoanAction, by: Actor, at: Date, reason: string): Loan {
  assertCanTake(loan, action);
  const step: LoanTransition = { from: loan.state, to: STEPS[action].to, at, by, reason };
  return { ...loan, state: step.to, history: [...loan.history, step], updatedAt: at };
}
