import { Schema } from 'mongoose';

export const TALLY_MODEL = 'Tally';
export const TALLIES_COLLECTION = 'tallies';

/** A partition's month of counts (see domain/tally.ts); read by `_id`, written only by the partition's owner. */
export interface TallyRecord {
  /** `<topic>:<partition>:<YYYY-MM>` */
  _id: string;
  month: string;
  /**
   * `<figure>|<city>|<district>|<day>[|<course>]` → count (taxonomy ids and days hold neither `.` nor `$`;
   * course ids are encoded).
   */
  counts: Record<string, number>;
  /**
   * The latest events applied, their `recentKeyOf` keys joined by spaces: one string of ~115 KB at 5,000,
   * where an array of 5,000 id strings was twice the bytes and 5,000 values for FerretDB to convert on every
   * batch's read and replace.
   */
  recentKeys?: string;
  /** The same as an array of event ids, in tallies written before `recentKeys` (read, never written). */
  recent?: string[];
  /** Encoded course id → the course's title (absent in tallies written before trainings were counted). */
  courseTitles?: Record<string, string>;
  updatedAt: Date;
}

export const tallySchema = new Schema<TallyRecord>(
  {
    _id: { type: String, required: true },
    month: { type: String, required: true },
    counts: { type: Schema.Types.Mixed, required: true },
    recentKeys: { type: String, required: false },
    recent: { type: [String], required: false, default: undefined },
    courseTitles: { type: Schema.Types.Mixed, required: false },
    updatedAt: { type: Date, required: true },
  },
  { collection: TALLIES_COLLECTION, versionKey: false, timestamps: false, minimize: false },
);
