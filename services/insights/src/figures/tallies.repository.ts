import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { emptyTally, type Tally } from './domain/tally';
import { TALLY_MODEL, TallyRecord } from './tally.schema';

@Injectable()
export class TalliesRepository {
  constructor(@InjectModel(TALLY_MODEL) private readonly tallies: Model<TallyRecord>) {}

  async find(id: string, month: string): Promise<Tally> {
    const record = await this.tallies.findById(id).lean<TallyRecord>();
    return record
      ? {
          id,
          month: record.month,
          counts: record.counts,
          recent: record.recent,
          courseTitles: record.courseTitles ?? {},
        }
      : emptyTally(id, month);
  }

  /** Replaces the whole tally: its partition's owner is its only writer (domain/tally.ts). */
  async save(tally: Tally, now: Date): Promise<void> {
    await this.tallies.replaceOne(
      { _id: tally.id },
      {
        month: tally.month,
        counts: tally.counts,
        recent: tally.recent,
        courseTitles: tally.courseTitles,
        updatedAt: now,
      },
      { upsert: true },
    );
  }

  /** Every partition's tallies of these months, without the ids of recent events. */
  async ofMonths(months: readonly string[]): Promise<Tally[]> {
    if (months.length === 0) return [];
    const records = await this.tallies
      .find({ month: { $in: [...months] } })
      .select({ recent: 0 })
      .lean<Omit<TallyRecord, 'recent'>[]>();
    return records.map((record) => ({
      id: record._id,
      month: record.month,
      counts: record.counts,
      recent: [],
      courseTitles: record.courseTitles ?? {},
    }));
  }
}
