import { Schema } from 'mongoose';

export const KNOWN_VETERAN_MODEL = 'KnownVeteran';
export const KNOWN_VETERANS_COLLECTION = 'known_veterans';

export interface KnownVeteranRecord {
  /** The veteran's id: one document per veteran, and a lookup FerretDB 1.x answers from its index. */
  _id: string;
  displayName: string;
  knownSince: Date;
}

export const knownVeteranSchema = new Schema<KnownVeteranRecord>(
  {
    _id: { type: String, required: true },
    displayName: { type: String, required: true },
    knownSince: { type: Date, required: true },
  },
  { collection: KNOWN_VETERANS_COLLECTION, versionKey: false, timestamps: false },
);
