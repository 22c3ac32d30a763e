import { Schema } from 'mongoose';

export const KNOWN_MENTOR_MODEL = 'KnownMentor';

/** A mentor the bureau verified (mentors.mentor-verified): milestones may name them. Only the id is kept. */
export interface KnownMentorRecord {
  _id: string;
  verifiedAt: Date;
}

export const knownMentorSchema = new Schema<KnownMentorRecord>(
  {
    _id: { type: String, required: true },
    verifiedAt: { type: Date, required: true },
  },
  { collection: 'known_mentors', versionKey: false, timestamps: false },
);
