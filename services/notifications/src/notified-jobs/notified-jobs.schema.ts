import type { JobToldVia } from '@vetlink/contracts';
import { PENDING_EVENTS_FIELD, PendingEvent } from '@vetlink/messaging';
import { Schema } from 'mongoose';

export const NOTIFIED_JOBS_MODEL = 'NotifiedJob';
export const NOTIFIED_JOBS_COLLECTION = 'told_jobs';

export interface NotifiedVersion {
  jobFingerprint: string;
  via: JobToldVia;
  notificationId: string;
  toldAt: Date;
}

/** One per veteran and job (`_id` = `${veteranId}|${jobId}`): the version last told, and earlier ones. */
export interface NotifiedJobRecord extends NotifiedVersion {
  _id: string;
  veteranId: string;
  jobId: string;
  history: NotifiedVersion[];
  [PENDING_EVENTS_FIELD]?: PendingEvent[];
}

const versionSchema = new Schema<NotifiedVersion>(
  { jobFingerprint: String, via: String, notificationId: String, toldAt: Date },
  { _id: false },
);

// minimize: false keeps empty objects inside pending events, whose payloads must arrive as validated.
export const notifiedJobSchema = new Schema<NotifiedJobRecord>(
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
  { collection: NOTIFIED_JOBS_COLLECTION, versionKey: false, minimize: false },
);
