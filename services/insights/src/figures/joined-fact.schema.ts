import { Schema } from 'mongoose';

export const JOINED_FACT_MODEL = 'JoinedFact';
export const JOINED_FACTS_COLLECTION = 'joined_facts';

/**
 * A fact kept to join two events that arrive in any order, in a numbered slot of its kind (`<key>|<kind>|<n>`),
 * or a claim that a joined pair was counted (`<key>|claim|…`) (domain/join.ts): under `applied|<veteran>|<job>`
 * the applications and tellings of a job to a veteran (personal data, exported and erased by `veteranId`),
 * under `opened|<job>` a job's place and its pushes opened (no veteran). Read and written by `_id` only.
 */
export interface JoinedFactRecord {
  _id: string;
  /** What names the fact among those of its kind (an application id, a notification id); absent on a claim. */
  factId?: string;
  /** The fact (absent on a claim). */
  fact?: Record<string, unknown>;
  /** On a claim: the event that made it (its redelivery counts again; its tally skips the repeat). */
  claimedBy?: string;
  /** The veteran the document names, when it names one. */
  veteranId?: string;
  recordedAt: Date;
}

export const joinedFactSchema = new Schema<JoinedFactRecord>(
  {
    _id: { type: String, required: true },
    factId: String,
    fact: { type: Schema.Types.Mixed, required: false },
    claimedBy: String,
    veteranId: String,
    recordedAt: { type: Date, required: true },
  },
  { collection: JOINED_FACTS_COLLECTION, versionKey: false, timestamps: false, minimize: false },
);
