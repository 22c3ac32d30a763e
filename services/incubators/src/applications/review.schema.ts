import { Schema } from 'mongoose';

export const SCORE_MODEL = 'ReviewScore';
export const CONFLICT_MODEL = 'ReviewConflict';

/** `_id` `${applicationId}:${reviewerId}`: a reviewer scores once, and declares a conflict once. */
export interface ScoreRecord {
  _id: string;
  applicationId: string;
  reviewerId: string;
  scores: Record<string, number>;
  comment: string;
  submittedAt: Date;
}

export interface ConflictRecord {
  _id: string;
  applicationId: string;
  reviewerId: string;
  reason: string;
  declaredAt: Date;
}

export const scoreSchema = new Schema<ScoreRecord>(
  {
    _id: { type: String, required: true },
    applicationId: { type: String, required: true },
    reviewerId: { type: String, required: true },
    scores: { type: Schema.Types.Mixed, required: true },
    comment: { type: String, default: '' },
    submittedAt: { type: Date, required: true },
  },
  { collection: 'review_scores', versionKey: false, timestamps: false, minimize: false },
);
scoreSchema.index({ applicationId: 1 });

export const conflictSchema = new Schema<ConflictRecord>(
  {
    _id: { type: String, required: true },
    applicationId: { type: String, required: true },
    reviewerId: { type: String, required: true },
    reason: { type: String, required: true },
    declaredAt: { type: Date, required: true },
  },
  { collection: 'review_conflicts', versionKey: false, timestamps: false },
);
conflictSchema.index({ applicationId: 1 });
