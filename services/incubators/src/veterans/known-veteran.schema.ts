import { Schema } from 'mongoose';

export const KNOWN_VETERAN_MODEL = 'KnownVeteran';
export const KNOWN_VETERANS_COLLECTION = 'known_veterans';

/** What eligibility needs of a veteran, from skills-profiles' events: that they have a profile, and a service record. */
export interface KnownVeteranRecord {
  /** The veteran's id: one document per veteran, read by `_id`. */
  _id: string;
  /** The profile revision last applied: an older event arriving late changes nothing. */
  revision: number;
  hasServiceRecord: boolean;
  updatedAt: Date;
}

export const knownVeteranSchema = new Schema<KnownVeteranRecord>(
  {
    _id: { type: String, required: true },
    revision: { type: Number, required: true },
    hasServiceRecord: { type: Boolean, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: KNOWN_VETERANS_COLLECTION, versionKey: false, timestamps: false },
);
