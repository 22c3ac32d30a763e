import type { JobCloseReason, JobSeekingStatus } from '@vetlink/contracts';
import { Schema } from 'mongoose';
import type { JobSnapshot, VeteranProfileSnapshot } from '@vetlink/matching-score';

export const JOB_MODEL = 'MatchingJob';
export const JOBS_COLLECTION = 'jobs';
export const VETERAN_MODEL = 'MatchingVeteran';
export const VETERANS_COLLECTION = 'veterans';

/**
 * A job as matching knows it, keyed by its id: the last snapshot job-postings published, or a
 * tombstone once closed (kept so that a replayed job-posted cannot bring it back).
 */
export interface JobRecord {
  _id: string;
  status: 'open' | 'paused' | 'closed';
  /** The snapshot's `updatedAt`, which orders snapshots of one job. */
  updatedAt: string | null;
  snapshot: JobSnapshot | null;
  closedAt: string | null;
  closeReason: JobCloseReason | null;
}

/** A veteran as matching knows them, keyed by their id: the last profile snapshot (never an ID or phone number). */
export interface VeteranRecord {
  _id: string;
  revision: number;
  jobSeekingStatus: JobSeekingStatus;
  snapshot: VeteranProfileSnapshot;
}

// minimize: false keeps empty lists and objects inside snapshots, which are read back as written.
export const jobSchema = new Schema<JobRecord>(
  {
    _id: { type: String, required: true },
    status: { type: String, required: true },
    updatedAt: { type: String, default: null },
    snapshot: { type: Schema.Types.Mixed, default: null },
    closedAt: { type: String, default: null },
    closeReason: { type: String, default: null },
  },
  { collection: JOBS_COLLECTION, versionKey: false, minimize: false },
);

export const veteranSchema = new Schema<VeteranRecord>(
  {
    _id: { type: String, required: true },
    revision: { type: Number, required: true },
    jobSeekingStatus: { type: String, required: true },
    snapshot: { type: Schema.Types.Mixed, required: true },
  },
  { collection: VETERANS_COLLECTION, versionKey: false, minimize: false },
);
