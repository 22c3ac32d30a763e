import type { JobSeekingStatus } from '@vetlink/contracts';
import type { JobSnapshot, VeteranProfileSnapshot } from '@vetlink/matching-score';
import { Schema } from 'mongoose';

export const JOB_MODEL = 'RecommendationsJob';
export const VETERAN_MODEL = 'RecommendationsVeteran';

/**
 * A job as the digest knows it: the last snapshot job-postings published, when it last became new
 * (posted, or changed materially), and its fingerprint; a tombstone once closed.
 */
export interface JobRecord {
  _id: string;
  status: 'open' | 'paused' | 'closed';
  updatedAt: string | null;
  snapshot: JobSnapshot | null;
  /** ISO-8601: posted, or the last material change. */
  newSince: string | null;
  fingerprint: string | null;
}

/** A veteran as the digest knows them: the last profile snapshot (never an ID or phone number). */
export interface VeteranRecord {
  _id: string;
  revision: number;
  jobSeekingStatus: JobSeekingStatus;
  /** Looking or open to offers, with the digest on: the runs fan out to exactly these. */
  receivesDigest: boolean;
  snapshot: VeteranProfileSnapshot;
}

// minimize: false keeps empty lists and objects inside snapshots, which are read back as written.
export const jobSchema = new Schema<JobRecord>(
  {
    _id: { type: String, required: true },
    status: { type: String, required: true },
    updatedAt: { type: String, default: null },
    snapshot: { type: Schema.Types.Mixed, default: null },
    newSince: { type: String, default: null },
    fingerprint: { type: String, default: null },
  },
  { collection: 'jobs', versionKey: false, minimize: false },
);

export const veteranSchema = new Schema<VeteranRecord>(
  {
    _id: { type: String, required: true },
    revision: { type: Number, required: true },
    jobSeekingStatus: { type: String, required: true },
    receivesDigest: { type: Boolean, required: true },
    snapshot: { type: Schema.Types.Mixed, required: true },
  },
  { collection: 'veterans', versionKey: false, minimize: false },
);
