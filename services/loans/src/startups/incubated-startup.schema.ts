import { Schema } from 'mongoose';
import { STARTUP_STANDINGS, StartupStanding } from '../loans/domain/loan-terms';

export const INCUBATED_STARTUP_MODEL = 'IncubatedStartup';

export interface IncubatedStartupRecord {
  /** Incubators' id of the startup: one document each, looked up by `_id` (indexed on FerretDB 1.x). */
  _id: string;
  founderId: string;
  standing: StartupStanding;
  updatedAt: Date;
}

export const incubatedStartupSchema = new Schema<IncubatedStartupRecord>(
  {
    _id: { type: String, required: true },
    founderId: { type: String, required: true },
    standing: { type: String, enum: STARTUP_STANDINGS, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'incubated_startups', versionKey: false, timestamps: false },
);
