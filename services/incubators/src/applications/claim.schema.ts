import { Schema } from 'mongoose';

export const CLAIM_MODEL = 'Claim';
export const CLAIMS_COLLECTION = 'claims';

/**
 * A thing only one application may hold, named by `_id` so that the unique key decides every race
 * (FerretDB's one atomic primitive, correct on MongoDB with any number of instances):
 * - `seat:${programmeId}:${n}`: one of the programme's seats, n from 1 to its seats;
 * - `unit:${baseId}:${spaceType}:${n}`: one unit of the base's space, n from 1 to its count;
 * - `venture:${programmeId}:${ventureKey}`: one submitted application per venture per programme;
 * - `waitlist:${programmeId}:${n}`: the n-th place on the programme's waitlist, taken once;
 * - `capacity:${kind}:${scope}`: held while someone changes how many seats or units there are.
 * Seats and units are deleted when the startup leaves residence; venture and waitlist claims stay. A seat
 * or unit above a lowered count is held by RETIRED_HOLDER (domain/capacity.ts) until the count is raised.
 */
export interface ClaimRecord {
  _id: string;
  kind: 'seat' | 'unit' | 'venture' | 'waitlist' | 'capacity';
  /** The programme (seats, ventures, waitlist) or base (units) the claim belongs to. */
  scope: string;
  number?: number;
  applicationId: string;
  claimedAt: Date;
}

export const claimSchema = new Schema<ClaimRecord>(
  {
    _id: { type: String, required: true },
    kind: { type: String, required: true },
    scope: { type: String, required: true },
    number: Number,
    applicationId: { type: String, required: true },
    claimedAt: { type: Date, required: true },
  },
  { collection: CLAIMS_COLLECTION, versionKey: false, timestamps: false },
);

claimSchema.index({ scope: 1, kind: 1, number: -1 });
