import type { MatchTrigger } from '@vetlink/contracts';
import { Schema } from 'mongoose';

export const PUSH_MODEL = 'MatchPush';
export const PUSHES_COLLECTION = 'push_ledger';

/**
 * The push ledger: one document per job version pushed to a veteran, keyed by its match id (veteran,
 * job and job fingerprint), written once and never changed. Inserting it is the decision to push: a
 * duplicate key means this version already went to this veteran. `batchId` names the event whose
 * handling claimed it, so that the same event handled again after a crash finds its own claims.
 */
export interface PushRecord {
  _id: string;
  veteranId: string;
  jobId: string;
  fingerprint: string;
  score: number;
  trigger: MatchTrigger;
  batchId: string;
  pushedAt: Date;
}

export const pushSchema = new Schema<PushRecord>(
  {
    _id: { type: String, required: true },
    veteranId: { type: String, required: true },
    jobId: { type: String, required: true },
    fingerprint: { type: String, required: true },
    score: { type: Number, required: true },
    trigger: { type: String, required: true },
    batchId: { type: String, required: true },
    pushedAt: { type: Date, required: true },
  },
  { collection: PUSHES_COLLECTION, versionKey: false, minimize: false },
);
