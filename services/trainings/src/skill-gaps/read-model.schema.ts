import type { JobSeekingStatus } from '@vetlink/contracts';
import type { VeteranForMatching } from '@vetlink/matching-score';
import { Schema } from 'mongoose';

export const JOB_STATE_MODEL = 'SkillGapJobState';
export const OPEN_JOB_MODEL = 'SkillGapOpenJob';
export const VETERAN_VIEW_MODEL = 'SkillGapVeteran';

/**
 * Where each job stands, by job id: what ordering decisions read (a replayed job-posted never revives a
 * closed job), and the city its open copy is filed under. A tombstone once closed.
 */
export interface JobStateRecord {
  _id: string;
  status: 'open' | 'paused' | 'closed';
  updatedAt: string | null;
  cityId: string | null;
}

/**
 * An open job as the score reads it, filed by city (`domain/open-job-ids.ts`); gone once paused or
 * closed. The job is kept as one JSON string: FerretDB reads a city's 3,000 jobs about four times
 * faster so (0.6-1.2 s against 2.4-3.3 s as nested documents, measured on the shared machine).
 */
export interface OpenJobRecord {
  _id: string;
  cityId: string;
  /** JSON of the JobForMatching. */
  job: string;
}

/** A veteran as the score reads them (their name left out: nothing here shows it). */
export interface VeteranViewRecord {
  _id: string;
  revision: number;
  jobSeekingStatus: JobSeekingStatus;
  veteran: VeteranForMatching;
}

// minimize: false keeps empty lists inside the stored inputs, which are read back as written.
export const jobStateSchema = new Schema<JobStateRecord>(
  {
    _id: { type: String, required: true },
    status: { type: String, required: true },
    updatedAt: { type: String, default: null },
    cityId: { type: String, default: null },
  },
  { collection: 'skill_gap_job_states', versionKey: false },
);

export const openJobSchema = new Schema<OpenJobRecord>(
  {
    _id: { type: String, required: true },
    cityId: { type: String, required: true },
    job: { type: String, required: true },
  },
  { collection: 'skill_gap_open_jobs', versionKey: false },
);

export const veteranViewSchema = new Schema<VeteranViewRecord>(
  {
    _id: { type: String, required: true },
    revision: { type: Number, required: true },
    jobSeekingStatus: { type: String, required: true },
    veteran: { type: Schema.Types.Mixed, required: true },
  },
  { collection: 'skill_gap_veterans', versionKey: false, minimize: false },
);
