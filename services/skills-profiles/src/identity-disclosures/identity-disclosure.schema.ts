import { Schema } from 'mongoose';

export const IDENTITY_DISCLOSURE_MODEL = 'IdentityDisclosure';
export const IDENTITY_DISCLOSURES_COLLECTION = 'identity_disclosures';

export type DisclosedField = 'idNumber' | 'phone';

/** An officer saw a veteran's ID number or phone in clear: who, whom, when and why (never the values). */
export interface IdentityDisclosureRecord {
  _id: string;
  veteranId: string;
  officerId: string;
  fields: DisclosedField[];
  reason: string;
  at: Date;
}

export const identityDisclosureSchema = new Schema<IdentityDisclosureRecord>(
  {
    _id: { type: String, required: true },
    veteranId: { type: String, required: true },
    officerId: { type: String, required: true },
    fields: { type: [String], required: true },
    reason: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { collection: IDENTITY_DISCLOSURES_COLLECTION, versionKey: false },
);

// A veteran's disclosures, newest first (FerretDB scans regardless; MongoDB uses it).
identityDisclosureSchema.index({ veteranId: 1, at: -1 });
