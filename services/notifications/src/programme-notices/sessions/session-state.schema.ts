import { Schema } from 'mongoose';

export const SESSION_STATE_MODEL = 'MentorSessionState';
export const SESSION_STATES_COLLECTION = 'session_states';

/**
 * `_id` = the session id. What the mentors events said of a session, so that a reminder read after its
 * cancellation or move is not sent. No personal data: no user ids, no names.
 */
export interface SessionStateRecord {
  _id: string;
  sequence: number;
  cancelled: boolean;
  /** When the session ends (as last told): a future sweep may drop states of sessions long over. */
  endsAt: Date;
  updatedAt: Date;
}

export const sessionStateSchema = new Schema<SessionStateRecord>(
  {
    _id: { type: String, required: true },
    sequence: { type: Number, required: true },
    cancelled: { type: Boolean, required: true },
    endsAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: SESSION_STATES_COLLECTION, versionKey: false },
);
