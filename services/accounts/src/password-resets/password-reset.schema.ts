import { OutboxFields, PENDING_EVENTS_FIELD } from '@vetlink/messaging';
import { Schema } from 'mongoose';

export const RESET_REQUEST_MODEL = 'PasswordResetRequest';
export const CURRENT_RESET_MODEL = 'CurrentPasswordReset';
export const RESET_ATTEMPT_MODEL = 'PasswordResetAttempt';
export const RESET_USE_MODEL = 'PasswordResetUse';

/**
 * One request for a code (`_id` = request id), written once with its event
 * (`accounts.password-reset-requested`, through the outbox). The code is kept only as an HMAC under the
 * personal-data key, so a copy of the database cannot be searched for the six digits.
 */
export interface ResetRequestRecord extends OutboxFields {
  _id: string;
  accountId: string;
  channel: 'email' | 'sms';
  codeDigest: string;
  requestedAt: Date;
  expiresAt: Date;
}

export const resetRequestSchema = new Schema<ResetRequestRecord>(
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
  { collection: 'password_reset_requests', versionKey: false, timestamps: false },
);

/** The account's latest request (`_id` = account id): a new code replaces the one before. */
export interface CurrentResetRecord {
  _id: string;
  requestId: string;
  requestedAt: Date;
}

export const currentResetSchema = new Schema<CurrentResetRecord>(
  {
    _id: { type: String, required: true },
    requestId: { type: String, required: true },
    requestedAt: { type: Date, required: true },
  },
  { collection: 'password_reset_current', versionKey: false, timestamps: false },
);

/**
 * One try of a code: `_id` = `<request id>|<n>`, n from 0. A try claims the lowest free slot with a
 * unique insert, so however many replicas check codes at once, a request gets at most as many tries
 * as there are slots (FerretDB's `$inc` and conditional updates are not atomic; a unique insert is).
 */
export interface ResetAttemptRecord {
  _id: string;
  accountId: string;
  at: Date;
}

export const resetAttemptSchema = new Schema<ResetAttemptRecord>(
  {
    _id: { type: String, required: true },
    accountId: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { collection: 'password_reset_attempts', versionKey: false, timestamps: false },
);

/** A code that reset the password (`_id` = request id): a unique insert, so a code works once. */
export interface ResetUseRecord {
  _id: string;
  accountId: string;
  at: Date;
}

export const resetUseSchema = new Schema<ResetUseRecord>(
  {
    _id: { type: String, required: true },
    accountId: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { collection: 'password_reset_uses', versionKey: false, timestamps: false },
);
