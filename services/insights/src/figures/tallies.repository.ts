import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { emptyTally, recentKeyOf, type Tally } from './domain/tally';
import { TALLY_MODEL, TallyRecord } from './tally.schema';

/** The recent events' keys, from the packed string, or from the id array of a tally written before it. */
function recentOf(record: TallyRecord): string[] {
  if (record.recentKeys) return record.recentKeys.split(' ');
  return (record.recent ?? []).map(recentKeyOf);
}

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
          recent: recentOf(record),
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
        recentKeys: tally.recent.join(' '),
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
      .select({ recent: 0, recentKeys: 0 })
      .lean<Omit<TallyRecord, 'recent' | 'recentKeys'>[]>();
    return records.map((record) => ({
      id: record._id,
      month: record.month,
      counts: record.counts,
      recent: [],
      courseTitles: record.courseTitles ?? {},
    }));
  }
}
