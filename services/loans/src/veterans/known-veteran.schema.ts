import { Schema } from 'mongoose';

export const KNOWN_VETERAN_MODEL = 'KnownVeteran';
export const KNOWN_VETERANS_COLLECTION = 'known_veterans';

export interface KnownVeteranRecord {
  /** The veteran's id: one document per veteran, and a lookup FerretDB 1.x answers from its index. */
  _id: string;
  /** The profile revision this copy reflects: an older event never overwrites a newer one. */
  revision: number;
  hasServiceRecord: boolean;
  cityId?: string;
  updatedAt: Date;
}

export const knownVeteranSchema = new Schema<KnownVeteranRecord>(
  {
    _id: { type: String, required: true },
    revision: { type: Number, required: true },
    hasServiceRecord: { type: Boolean, required: true },
    cityId: String,
    updatedAt: { type: Date, required: true },
  },
  { collection: KNOWN_VETERANS_COLLECTION, versionKey: false, timestamps: false },
);
