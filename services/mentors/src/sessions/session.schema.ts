import { PENDING_EVENTS_FIELD } from '@vetlink/messaging';
import type { OutboxFields } from '@vetlink/messaging';
import { Schema } from 'mongoose';
import type { Session } from './domain/session';

export const SESSION_MODEL = 'Session';

export type SessionRecord = Omit<Session, 'id'> & { _id: string };

export const sessionSchema = new Schema<SessionRecord & OutboxFields>(
  {
    _id: { type: String, required: true },
    mentorId: { type: String, required: true },
    mentorName: { type: String, required: true },
    veteranId: { type: String, required: true },
    start: { type: Date, required: true },
    end: { type: Date, required: true },
    blockedFrom: { type: Date, required: true },
    blockedUntil: { type: Date, required: true },
    mode: { type: String, required: true },
    topic: { type: String, required: true },
    note: String,
    meetingLink: String,
    address: String,
    cityId: String,
    status: { type: String, required: true },
    sequence: { type: Number, required: true },
    claimIds: { type: [String], default: [] },
    cancelledBy: String,
    cancelReason: String,
    privateNotes: String,
    rating: { type: { stars: Number, comment: String, ratedAt: Date, _id: false }, default: undefined },
    remindedOffsets: { type: [Number], default: [] },
    bookedAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    // The transactional outbox: each session event waits here, written with the change it records.
    [PENDING_EVENTS_FIELD]: { type: [Schema.Types.Mixed], default: undefined, select: false },
  },
  { collection: 'sessions', versionKey: false, timestamps: false },
);

// A mentor's busy time for slots, a veteran's sessions (MongoDB; FerretDB scans these).
sessionSchema.index({ mentorId: 1, start: 1 });
sessionSchema.index({ veteranId: 1, start: 1 });

export const CLAIM_MODEL = 'Claim';

/**
 * A claim on a 15-minute block or a numbered place (see domain/claims.ts): inserting it decides the
 * booking, deleting it frees the time. `releaseAfter` lets the sweep drop claims whose time has passed.
 */
export interface ClaimRecord {
  _id: string;
  sessionId: string;
  claimedAt: Date;
  releaseAfter: Date;
}

export const claimSchema = new Schema<ClaimRecord>(
  {
    _id: { type: String, required: true },
    sessionId: { type: String, required: true },
    claimedAt: { type: Date, required: true },
    releaseAfter: { type: Date, required: true },
  },
  { collection: 'claims', versionKey: false, timestamps: false },
);

export const SESSION_CHANGE_MODEL = 'SessionChange';

/**
 * Once-only effects on a session, each named by its `_id`: `<session>@<sequence>` is the right to move
 * the session from that sequence on (cancel, reschedule, outcome), `<session>@<sequence>-reminder-<min>`
 * one reminder. A unique insert decides them where a conditional update could not (FerretDB).
 */
export interface SessionChangeRecord {
  _id: string;
  takenAt: Date;
}

export const sessionChangeSchema = new Schema<SessionChangeRecord>(
  { _id: { type: String, required: true }, takenAt: { type: Date, required: true } },
  { collection: 'session_changes', versionKey: false, timestamps: false },
);

export const RATING_MODEL = 'Rating';

/** One per session (`_id`): the veteran rates once. */
export interface RatingRecord {
  _id: string;
  mentorId: string;
  veteranId: string;
  stars: number;
  comment?: string;
  ratedAt: Date;
}

export const ratingSchema = new Schema<RatingRecord>(
  {
    _id: { type: String, required: true },
    mentorId: { type: String, required: true },
    veteranId: { type: String, required: true },
    stars: { type: Number, required: true },
    comment: String,
    ratedAt: { type: Date, required: true },
  },
  { collection: 'ratings', versionKey: false, timestamps: false },
);

ratingSchema.index({ mentorId: 1 });
