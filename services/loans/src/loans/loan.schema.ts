import { PENDING_EVENTS_FIELD } from '@vetlink/messaging';
import type { OutboxFields, PendingEvent } from '@vetlink/messaging';
import { Schema } from 'mongoose';
import type { Actor, Loan } from './domain/loan';
import type { LoanAction, LoanState } from './domain/lifecycle';

export const LOAN_MODEL = 'Loan';
export const LOANS_COLLECTION = 'loans';
export const LOAN_CHANGE_MODEL = 'LoanChange';
export const LOAN_CHANGES_COLLECTION = 'loan_changes';

export type LoanRecord = Omit<Loan, 'id'> & { _id: string };

export const loanSchema = new Schema<LoanRecord & OutboxFields>(
  {
    _id: { type: String, required: true },
    version: { type: Number, required: true },
    veteranId: { type: String, required: true },
    bankId: { type: String, required: true },
    productId: { type: String, required: true },
    cityId: { type: String, required: true },
    borrowerKind: { type: String, required: true },
    amountFen: { type: Number, required: true },
    termMonths: { type: Number, required: true },
    purpose: { type: String, required: true },
    business: { type: Schema.Types.Mixed, default: undefined },
    guarantor: { type: Schema.Types.Mixed, default: undefined },
    terms: { type: Schema.Types.Mixed, required: true },
    state: { type: String, required: true },
    eligibility: { type: Schema.Types.Mixed, default: undefined },
    subsidised: { type: Boolean, required: true },
    lprBp: Number,
    annualRateBp: Number,
    disbursedOn: String,
    installments: { type: Schema.Types.Mixed, default: () => [] },
    prepaidPrincipalFen: { type: Number, required: true },
    repaymentReferences: { type: [String], default: [] },
    history: { type: Schema.Types.Mixed, default: () => [] },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    // The transactional outbox: events wait here, written with the change they record (libs/messaging).
    [PENDING_EVENTS_FIELD]: { type: [Schema.Types.Mixed], default: undefined, select: false },
  },
  { collection: LOANS_COLLECTION, versionKey: false, timestamps: false, minimize: false },
);

// A veteran's loans, a bank's loans, the loans the periodic review walks.
loanSchema.index({ veteranId: 1, createdAt: -1 });
loanSchema.index({ bankId: 1, createdAt: -1 });
loanSchema.index({ state: 1 });

/**
 * One change of a loan: the audit trail (who, when, why) and the race-proof decision of which write makes
 * the loan's next version. `_id` is `${loanId}:${version}`: two requests acting on version 7 both insert
 * `loan:8`, and the duplicate key tells the second it lost. It carries the loan as it is after the change
 * and the events it emits, so a change whose loan write was cut short is rolled forward by the next reader.
 */
export interface LoanChangeRecord {
  _id: string;
  loanId: string;
  version: number;
  action: LoanAction | 'create' | 'repay' | 'review' | 'erase';
  from: LoanState;
  to: LoanState;
  by: Actor;
  at: Date;
  reason: string;
  details?: Record<string, unknown>;
  after: LoanRecord;
  events: PendingEvent[];
}

export const loanChangeSchema = new Schema<LoanChangeRecord>(
  {
    _id: { type: String, required: true },
    loanId: { type: String, required: true },
    version: { type: Number, required: true },
    action: { type: String, required: true },
    from: { type: String, required: true },
    to: { type: String, required: true },
    by: { type: Schema.Types.Mixed, required: true },
    at: { type: Date, required: true },
    reason: { type: String, required: true },
    details: { type: Schema.Types.Mixed, default: undefined },
    after: { type: Schema.Types.Mixed, required: true },
    events: { type: Schema.Types.Mixed, default: () => [] },
  },
  { collection: LOAN_CHANGES_COLLECTION, versionKey: false, timestamps: false, minimize: false },
);

loanChangeSchema.index({ loanId: 1, version: 1 });
