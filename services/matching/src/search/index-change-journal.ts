import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Schema } from 'mongoose';
import type { JobRecord, VeteranRecord } from '../read-model/read-model.schema';
import { batches } from '../shared/batches';

export const INDEX_CHANGE_MODEL = 'MatchingIndexChange';
export const INDEX_CHANGES_COLLECTION = 'index_changes';

/** One record the indexes were given, as it was then (a job or a veteran), or a veteran they forgot. */
export interface IndexChange {
  at: Date;
  job?: JobRecord;
  veteran?: VeteranRecord;
  erasedVeteranId?: string;
}

export const indexChangeSchema = new Schema<IndexChange>(
  {
    at: { type: Date, required: true },
    job: { type: Schema.Types.Mixed },
    veteran: { type: Schema.Types.Mixed },
    erasedVeteranId: { type: String },
  },
  { collection: INDEX_CHANGES_COLLECTION, versionKey: false, minimize: false },
);

/**
 * What the indexes were given since the last snapshot, each record whole: a restart from the snapshot
 * reads these few small documents instead of filtering the read model, which FerretDB 1.x would answer
 * by scanning and decoding both collections whole. Inserted (cheap on FerretDB), pruned after each
 * snapshot.
 */
@Injectable()
export class IndexChangeJournal {
  constructor(@InjectModel(INDEX_CHANGE_MODEL) private readonly changes: Model<IndexChange>) {}

  async add(change: Omit<IndexChange, 'at'>): Promise<void> {
    // The wall clock, not CLOCK: it is compared with the snapshot times the search engine takes from it.
    await this.changes.create({ ...change, at: new Date() });
  }

  /** Changes at or after a moment, oldest first, a batch at a time. */
  async *since(since: Date, batchSize = 1000): AsyncGenerator<IndexChange[]> {
    const changed = this.changes.find({ at: { $gte: since } }).sort({ _id: 1 });
    yield* batches(changed.lean<IndexChange>().cursor({ batchSize }), batchSize);
  }

  /** An erased veteran's earlier states go; only the note that they were erased stays. */
  async eraseVeteran(veteranId: string): Promise<void> {
    await this.changes.deleteMany({ 'veteran._id': veteranId }).exec();
    await this.add({ erasedVeteranId: veteranId });
  }

  async forgetBefore(before: Date): Promise<void> {
    await this.changes.deleteMany({ at: { $lt: before } }).exec();
  }
}
