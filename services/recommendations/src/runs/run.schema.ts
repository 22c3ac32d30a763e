import { Schema } from 'mongoose';
import type { RunCounts } from './domain/run-rules';

export const RUN_MODEL = 'DigestRun';

/** One run: the weekly one of a week (id = the week), or a dry run (its own id). */
export interface RunRecord {
  _id: string;
  week: string;
  dryRun: boolean;
  /** Jobs new up to this instant are covered: fixed when the run is first started. */
  until: Date;
  startedAt: Date;
  /** `schedule`, or the officer who asked. */
  startedBy: string;
  fannedOutAt: Date | null;
  finishedAt: Date | null;
  /** The counts when it finished. */
  summary: RunCounts | null;
}

export const runSchema = new Schema<RunRecord>(
  {
    _id: { type: String, required: true },
    week: { type: String, required: true },
    dryRun: { type: Boolean, required: true },
    until: { type: Date, required: true },
    startedAt: { type: Date, required: true },
    startedBy: { type: String, required: true },
    fannedOutAt: { type: Date, default: null },
    finishedAt: { type: Date, default: null },
    summary: { type: Schema.Types.Mixed, default: null },
  },
  { collection: 'runs', versionKey: false, minimize: false },
);
