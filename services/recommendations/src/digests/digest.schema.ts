import { Schema } from 'mongoose';

export const DIGEST_MODEL = 'WeeklyDigest';

/**
 * One veteran's digest of one week, as sent: written once, the durable record of what went out. The
 * event's payload is kept gzip-compressed (2.5 KB instead of 17.6 KB of JSON on average in the
 * benchmark): FerretDB's cost per insert grows with the document, and nothing queries inside it.
 */
export interface DigestRecord {
  /** `<week>-<veteranId>` */
  _id: string;
  veteranId: string;
  week: string;
  jobCount: number;
  eventId: string;
  preparedAt: Date;
  /** gzip of the recommendations.weekly-digest-ready payload's JSON. */
  payload: Buffer;
}

export const digestSchema = new Schema<DigestRecord>(
  {
    _id: { type: String, required: true },
    veteranId: { type: String, required: true },
    week: { type: String, required: true },
    jobCount: { type: Number, required: true },
    eventId: { type: String, required: true },
    preparedAt: { type: Date, required: true },
    payload: { type: Buffer, required: true },
  },
  { collection: 'digests', versionKey: false },
);
