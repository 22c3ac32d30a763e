import type { JobToldVia } from '@vetlink/contracts';
import { PENDING_EVENTS_FIELD, PendingEvent } from '@vetlink/messaging';
import { Schema } from 'mongoose';

export const TOLD_JOBS_MODEL = 'ToldJob';
export const TOLD_JOBS_COLLECTION = 'told_jobs';

export interface ToldVersion {
  jobFingerprint: string;
  via: JobToldVia;
  notificationId: string;
  toldAt: Date;
}

/** One per veteran and job (`_id` = `${veteranId}|${jobId}`): the version last told, and earlier ones. */
export interface ToldJobRecord extends ToldVersion {
  _id: string;
  veteranId: string;
  jobId: string;
  history: ToldVersion[];
  [PENDING_EVENTS_FIELD]?: PendingEvent[];
}

const versionSchema = new Schema<ToldVersion>(
  { jobFingerprint: String, via: String, notificationId: String, toldAt: Date },
  { _id: false },
);

// minimize: false keeps empty objects inside pending events, whose payloads must arrive as validated.
export const toldJobSchema = new Schema<ToldJobRecord>(
  {
    _id: { type: String, required: true },
    veteranId: { type: String, required: true },
    jobId: { type: String, required: true },
    jobFingerprint: { type: String, required: true },
    via: { type: String, required: true },
    notificationId: { type: String, required: true },
    toldAt: { type: Date, required: true },
    history: [versionSchema],
    [PENDING_EVENTS_FIELD]: { type: [Schema.Types.Mixed], default: undefined, select: false },
  },
  { collection: TOLD_JOBS_COLLECTION, versionKey: false, minimize: false },
);
