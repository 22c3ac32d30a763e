import type { ApplicationActor, ApplicationStage } from '@vetlink/contracts';
import { PENDING_EVENTS_FIELD } from '@vetlink/messaging';
import { Schema } from 'mongoose';
import type { OutboxFields } from '@vetlink/messaging';

export const APPLICATION_MODEL = 'Application';
export const APPLICATIONS_COLLECTION = 'applications';

export interface ApplicationRecord {
  /** An ObjectId's hex form, kept as text: ids travel as text in URLs, events and the outbox relay. */
  _id: string;
  jobId: string;
  employerId: string;
  veteranId: string;
  jobTitle: string;
  coverLetter?: string;
  stage: ApplicationStage;
  history: { from: ApplicationStage; to: ApplicationStage; at: Date; by: ApplicationActor }[];
  hirePending: boolean;
  submittedAt: Date;
  updatedAt: Date;
}

const stageChangeSchema = new Schema({ from: String, to: String, at: Date, by: String }, { _id: false });

export const applicationSchema = new Schema<ApplicationRecord & OutboxFields>(
  {
    _id: { type: String, required: true },
    jobId: { type: String, required: true },
    employerId: { type: String, required: true },
    veteranId: { type: String, required: true },
    jobTitle: { type: String, required: true },
    coverLetter: String,
    stage: { type: String, required: true },
    history: { type: [stageChangeSchema], default: [] },
    hirePending: { type: Boolean, required: true },
    submittedAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    // The transactional outbox: events wait here, written with the change they record (libs/messaging).
    [PENDING_EVENTS_FIELD]: { type: [Schema.Types.Mixed], default: undefined, select: false },
  },
  { collection: APPLICATIONS_COLLECTION, versionKey: false, timestamps: false },
);

// One application per veteran and job, even when two requests race.
applicationSchema.index({ jobId: 1, veteranId: 1 }, { unique: true });
// A job's applicants, a veteran's applications and an employer's, newest first.
applicationSchema.index({ jobId: 1, submittedAt: -1, _id: -1 });
applicationSchema.index({ veteranId: 1, submittedAt: -1, _id: -1 });
applicationSchema.index({ employerId: 1, submittedAt: -1, _id: -1 });
applicationSchema.index({ hirePending: 1 });
