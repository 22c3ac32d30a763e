import { Schema } from 'mongoose';

export const JOINED_FACT_MODEL = 'JoinedFact';
export const JOINED_FACTS_COLLECTION = 'joined_facts';

/**
 * A fact kept to join two events that arrive in any order, or a claim that a joined pair was counted
 * (domain/join.ts): `applied|<veteran>|<job>|…` (applications and tellings of a job to a veteran: personal
 * data, exported and erased by `veteranId`), `opened|<job>|…` (a job's place and its pushes opened: no
 * veteran). Read and written by `_id` and `_id` range only.
 */
export interface JoinedFactRecord {
  _id: string;
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
    fact: { type: Schema.Types.Mixed, required: false },
    claimedBy: String,
    veteranId: String,
    recordedAt: { type: Date, required: true },
  },
  { collection: JOINED_FACTS_COLLECTION, versionKey: false, timestamps: false, minimize: false },
);
