import { OutboxFields, PENDING_EVENTS_FIELD } from '@vetlink/messaging';
import { Schema } from 'mongoose';

/**
 * One request for a code (`_id` = request id), written once with its event (through the outbox). The
 * code is kept only as an HMAC under the personal-data key, so a copy of the database cannot be
 * searched for the six digits.
 */
export interface CodeRequestRecord extends OutboxFields {
  _id: string;
  accountId: string;
  channel: 'email' | 'sms';
  codeDigest: string;
  requestedAt: Date;
  expiresAt: Date;
}

/**
 * The latest request of a subject (`_id`: the account for a reset, the account's login for a
 * verification): a new code replaces the one before. `accountId` is absent from pointers written
 * before verifications existed (a reset's `_id` is its account).
 */
export interface CurrentCodeRecord {
  _id: string;
  accountId?: string;
  requestId: string;
  requestedAt: Date;
}

/**
 * One try of a code: `_id` = `<request id>|<n>`, n from 0. A try claims the lowest free slot with a
 * unique insert, so however many replicas check codes at once, a request gets at most as many tries
 * as there are slots (FerretDB's `$inc` and conditional updates are not atomic; a unique insert is).
 * A use (`_id` = request id) is claimed the same way, so a code works once.
 */
export interface CodeClaimRecord {
  _id: string;
  accountId: string;
  at: Date;
}

export interface CodeSchemas {
  requests: Schema<CodeRequestRecord>;
  current: Schema<CurrentCodeRecord>;
  attempts: Schema<CodeClaimRecord>;
  uses: Schema<CodeClaimRecord>;
}

/** The four collections of one purpose's codes: `<prefix>_requests`, `_current`, `_attempts`, `_uses`. */
export function codeSchemas(collectionPrefix: string): CodeSchemas {
  const options = { versionKey: false, timestamps: false } as const;
  const claim = (suffix: string) =>
    new Schema<CodeClaimRecord>(
      {
        _id: { type: String, required: true },
        accountId: { type: String, required: true },
        at: { type: Date, required: true },
      },
      { ...options, collection: `${collectionPrefix}_${suffix}` },
    );
  return {
    requests: new Schema<CodeRequestRecord>(
      {
        _id: { type: String, required: true },
        accountId: { type: String, required: true },
        channel: { type: String, required: true },
        codeDigest: { type: String, required: true },
        requestedAt: { type: Date, required: true },
        expiresAt: { type: Date, required: true },
        // The transactional outbox: the event waits here, written with the request (libs/messaging).
        [PENDING_EVENTS_FIELD]: { type: [Schema.Types.Mixed], default: undefined, select: false },
      },
      { ...options, collection: `${collectionPrefix}_requests` },
    ),
    current: new Schema<CurrentCodeRecord>(
      {
        _id: { type: String, required: true },
        accountId: { type: String },
        requestId: { type: String, required: true },
        requestedAt: { type: Date, required: true },
      },
      { ...options, collection: `${collectionPrefix}_current` },
    ),
    attempts: claim('attempts'),
    uses: claim('uses'),
  };
}
