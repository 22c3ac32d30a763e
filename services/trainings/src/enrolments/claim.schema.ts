import { Schema } from 'mongoose';
import type { ClaimKind } from './domain/claims';

export const CLAIM_MODEL = 'EnrolmentClaim';
export const CLAIMS_COLLECTION = 'enrolment_claims';

/** A claim (domain/claims.ts): its `_id` names what is claimed, `holder` the enrolment holding it. */
export interface ClaimRecord {
  _id: string;
  kind: ClaimKind;
  runId: string;
  /** The seat number or waitlist place. */
  number?: number;
  holder: string;
  claimedAt: Date;
}

export const claimSchema = new Schema<ClaimRecord>(
  {
    _id: { type: String, required: true },
    kind: { type: String, required: true },
    runId: { type: String, required: true },
    number: Number,
    holder: { type: String, required: true },
    claimedAt: { type: Date, required: true },
  },
  { collection: CLAIMS_COLLECTION, versionKey: false, timestamps: false },
);

// The run's last waitlist place (MongoDB; FerretDB scans a run's claims, a few hundred at most).
claimSchema.index({ runId: 1, kind: 1, number: -1 });
