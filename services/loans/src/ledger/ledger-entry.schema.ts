import { Schema } from 'mongoose';
import type { LedgerEntry } from './domain/subsidy-ledger';

export const LEDGER_ENTRY_MODEL = 'SubsidyLedgerEntry';
export const LEDGER_COLLECTION = 'subsidy_ledger';

export type LedgerEntryRecord = Omit<LedgerEntry, 'id'> & { _id: string; recordedAt: Date };

export const ledgerEntrySchema = new Schema<LedgerEntryRecord>(
  {
    _id: { type: String, required: true },
    kind: { type: String, required: true },
    loanId: { type: String, required: true },
    veteranId: { type: String, required: true },
    bankId: { type: String, required: true },
    cityId: { type: String, required: true },
    revision: { type: Number, required: true },
    sequence: { type: Number, required: true },
    month: { type: String, required: true },
    amountFen: { type: Number, required: true },
    reason: { type: String, required: true },
    recordedAt: { type: Date, required: true },
  },
  { collection: LEDGER_COLLECTION, versionKey: false, timestamps: false },
);

ledgerEntrySchema.index({ loanId: 1 });
