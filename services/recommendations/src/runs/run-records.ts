import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { isDuplicateKeyError } from '@vetlink/persistence';
import type { Model } from 'mongoose';
import type { RunCounts } from './domain/run-rules';
import { RUN_MODEL, RunRecord } from './run.schema';

@Injectable()
export class RunRecords {
  constructor(@InjectModel(RUN_MODEL) private readonly runs: Model<RunRecord>) {}

  /** The run as first recorded: a second start of the same run (a double fire, a re-trigger) reuses it. */
  async ensure(record: RunRecord): Promise<RunRecord> {
    try {
      await this.runs.create(record);
      return record;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      return (await this.find(record._id)) as RunRecord;
    }
  }

  find(runId: string): Promise<RunRecord | null> {
    return this.runs.findById(runId).lean<RunRecord>().exec();
  }

  /** The latest runs first (a small collection: one a week, plus dry runs). */
  recent(limit: number): Promise<RunRecord[]> {
    return this.runs.find().sort({ startedAt: -1 }).limit(limit).lean<RunRecord[]>().exec();
  }

  async markFannedOut(runId: string, at: Date): Promise<void> {
    await this.runs.updateOne({ _id: runId }, { $set: { fannedOutAt: at } }).exec();
  }

  async markFinished(runId: string, at: Date, summary: RunCounts): Promise<void> {
    await this.runs.updateOne({ _id: runId }, { $set: { finishedAt: at, summary } }).exec();
  }
}
