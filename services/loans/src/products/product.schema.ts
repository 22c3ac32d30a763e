import { Schema } from 'mongoose';
import type { LoanProduct } from './domain/product';
import type { LprQuote } from './domain/lpr';

export const PRODUCT_MODEL = 'LoanProduct';
export const LPR_QUOTE_MODEL = 'LprQuote';

export type ProductRecord = Omit<LoanProduct, 'id'> & { _id: string };

export const productSchema = new Schema<ProductRecord>(
  {
    _id: { type: String, required: true },
    bankId: { type: String, required: true },
    name: { type: String, required: true },
    cityId: { type: String, required: true },
    limits: { type: Schema.Types.Mixed, required: true },
    termMonths: { type: Schema.Types.Mixed, required: true },
    lprTenor: { type: String, required: true },
    spreadBp: { type: Number, required: true },
    method: { type: String, required: true },
    frequency: { type: String, required: true },
    graceMonths: { type: Number, required: true },
    subsidy: { type: Schema.Types.Mixed, default: undefined },
    incubatedStartupTerms: { type: Schema.Types.Mixed, default: undefined },
    defaultAfterDaysLate: { type: Number, required: true },
    active: { type: Boolean, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'products', versionKey: false, timestamps: false, minimize: false },
);

/** One quote per day it takes effect: `_id` is that day, so a second quote for a day is a duplicate. */
export type LprQuoteRecord = Omit<LprQuote, 'effectiveOn'> & {
  _id: string;
  recordedBy: string;
  recordedAt: Date;
};

export const lprQuoteSchema = new Schema<LprQuoteRecord>(
  {
    _id: { type: String, required: true },
    oneYearBp: { type: Number, required: true },
    fiveYearBp: { type: Number, required: true },
    recordedBy: { type: String, required: true },
    recordedAt: { type: Date, required: true },
  },
  { collection: 'lpr_quotes', versionKey: false, timestamps: false },
);
