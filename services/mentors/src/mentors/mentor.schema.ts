import { PENDING_EVENTS_FIELD } from '@vetlink/messaging';
import type { OutboxFields } from '@vetlink/messaging';
import { Schema } from 'mongoose';
import type { Mentor } from './domain/mentor';

export const MENTOR_MODEL = 'Mentor';
export const MENTORS_COLLECTION = 'mentors';

/** `_id` is the mentor's user id: one profile per mentor account, read by `_id` on every booking. */
export type MentorRecord = Omit<Mentor, 'id'> & { _id: string };

export const mentorSchema = new Schema<MentorRecord & OutboxFields>(
  {
    _id: { type: String, required: true },
    status: { type: String, required: true },
    displayName: { type: String, required: true },
    expertise: { type: [String], default: [] },
    industries: { type: [String], default: [] },
    cityId: { type: String, required: true },
    districtId: String,
    modes: { type: [String], default: [] },
    address: String,
    meetingLink: String,
    languages: { type: [String], default: [] },
    bio: { type: String, required: true },
    servedIn: String,
    weeklyCapacity: { type: Number, required: true },
    ratingCount: { type: Number, required: true, default: 0 },
    ratingAverage: Number,
    appliedAt: { type: Date, required: true },
    verifiedAt: Date,
    verifiedBy: String,
    statusReason: String,
    updatedAt: { type: Date, required: true },
    // The transactional outbox: mentor-verified waits here, written with the verification (libs/messaging).
    [PENDING_EVENTS_FIELD]: { type: [Schema.Types.Mixed], default: undefined, select: false },
  },
  { collection: MENTORS_COLLECTION, versionKey: false, timestamps: false },
);

// Finding mentors: by status and city first (MongoDB; FerretDB scans, which a pool of hundreds allows).
mentorSchema.index({ status: 1, cityId: 1 });

export const MENTOR_VERIFICATION_MODEL = 'MentorVerification';

/** One per mentor, ever: inserting it decides which officer's verification counts (and sends the event). */
export interface MentorVerificationRecord {
  _id: string;
  verifiedBy: string;
  verifiedAt: Date;
}

export const mentorVerificationSchema = new Schema<MentorVerificationRecord>(
  {
    _id: { type: String, required: true },
    verifiedBy: { type: String, required: true },
    verifiedAt: { type: Date, required: true },
  },
  { collection: 'mentor_verifications', versionKey: false, timestamps: false },
);
