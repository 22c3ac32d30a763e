import { Schema } from 'mongoose';
import type { VeteranInterest } from './domain/veteran-interest';

export const VETERAN_INTEREST_MODEL = 'VeteranInterest';

/** `_id` is the veteran's id: one document per veteran, replaced by newer profile revisions. */
export type VeteranInterestRecord = Omit<VeteranInterest, 'veteranId'> & { _id: string };

export const veteranInterestSchema = new Schema<VeteranInterestRecord>(
  {
    _id: { type: String, required: true },
    revision: { type: Number, required: true },
    cityId: String,
    preferredCityIds: { type: [String], default: [] },
    desiredOccupationIds: { type: [String], default: [] },
    derivedOccupationIds: { type: [String], default: [] },
    servedIn: String,
    updatedAt: { type: Date, required: true },
  },
  { collection: 'veteran_interests', versionKey: false, timestamps: false },
);
