import type { DigestPick } from '@vetlink/contracts';
import { Schema } from 'mongoose';

export const DIGEST_MODEL = 'WeeklyDigest';

/** One veteran's digest of one week, as sent: written once, the durable record of what went out. */
export interface DigestRecord {
  /** `<week>-<veteranId>` */
  _id: string;
  veteranId: string;
  week: string;
  since: Date;
  until: Date;
  jobs: DigestPick[];
  eventId: string;
  preparedAt: Date;
}

export const digestSchema = new Schema<DigestRecord>(
  {
    _id: { type: String, required: true },
    veteranId: { type: String, required: true },
    week: { type: String, required: true },
    since: { type: Date, required: true },
    until: { type: Date, required: true },
    jobs: { type: Schema.Types.Mixed, required: true },
    eventId: { type: String, required: true },
    preparedAt: { type: Date, required: true },
  },
  { collection: 'digests', versionKey: false, minimize: false },
);
