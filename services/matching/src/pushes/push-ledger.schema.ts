import type { MatchTrigger } from '@vetlink/contracts';
import { PENDING_EVENTS_FIELD, PendingEvent } from '@vetlink/messaging';
import { Schema } from 'mongoose';

export const PUSH_MODEL = 'MatchPush';
/** An outbox collection: each push's job-matched event waits in the ledger entry written with it. */
export const PUSHES_COLLECTION = 'pushes';

/**
 * The push ledger: one document per veteran and job that was ever pushed, keyed
 * `${veteranId}:${jobId}`, holding the fingerprint of the job version last pushed. The entry and the
 * job-matched event it records are one single-document write, so a crash can neither push twice nor
 * lose a push.
 */
export interface PushRecord {
  _id: string;
  veteranId: string;
  jobId: string;
  fingerprint: string;
  matchId: string;
  score: number;
  trigger: MatchTrigger;
  pushCount: number;
  firstPushedAt: Date;
  lastPushedAt: Date;
  [PENDING_EVENTS_FIELD]?: PendingEvent[];
}

export const pushSchema = new Schema<PushRecord>(
  {
    _id: { type: String, required: true },
    veteranId: { type: String, required: true },
    jobId: { type: String, required: true },
    fingerprint: { type: String, required: true },
    matchId: { type: String, required: true },
    score: { type: Number, required: true },
    trigger: { type: String, required: true },
    pushCount: { type: Number, required: true },
    firstPushedAt: { type: Date, required: true },
    lastPushedAt: { type: Date, required: true },
    // The transactional outbox (libs/messaging): never selected by default.
    [PENDING_EVENTS_FIELD]: { type: [Schema.Types.Mixed], default: undefined, select: false },
  },
  { collection: PUSHES_COLLECTION, versionKey: false, minimize: false },
);
