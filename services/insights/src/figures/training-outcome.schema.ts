import { Schema } from 'mongoose';

export const TRAINING_OUTCOME_MODEL = 'TrainingOutcome';
export const TRAINING_OUTCOMES_COLLECTION = 'training_outcomes';

/**
 * What insights remembers of a veteran to pair a course completion with a hire within 90 days: one
 * document per completion, per hire, and per completion that paired (the claim). Personal data: the
 * privacy module exports and erases it by `veteranId`; the counts made from it stay in the tallies.
 */
export interface TrainingOutcomeRecord {
  /** `<veteran>|completion|<enrolmentId>`, `<veteran>|hire|<applicationId>`, `<veteran>|paired|<enrolmentId>` (ids encoded): a veteran's documents are one `_id` range. */
  _id: string;
  kind: 'completion' | 'hire' | 'paired';
  veteranId: string;
  enrolmentId?: string;
  courseId?: string;
  courseTitle?: string;
  cityId?: string;
  completedAt?: string;
  applicationId?: string;
  hiredAt?: string;
  /** On a claim: the event that made it (its redelivery counts again; its tally skips the repeat). */
  claimedBy?: string;
  recordedAt: Date;
}

export const trainingOutcomeSchema = new Schema<TrainingOutcomeRecord>(
  {
    _id: { type: String, required: true },
    kind: { type: String, required: true, enum: ['completion', 'hire', 'paired'] },
    veteranId: { type: String, required: true },
    enrolmentId: String,
    courseId: String,
    courseTitle: String,
    cityId: String,
    completedAt: String,
    applicationId: String,
    hiredAt: String,
    claimedBy: String,
    recordedAt: { type: Date, required: true },
  },
  { collection: TRAINING_OUTCOMES_COLLECTION, versionKey: false, timestamps: false },
);
