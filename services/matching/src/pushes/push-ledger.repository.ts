import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { InsertBatcher } from '@vetlink/persistence';
import { Model } from 'mongoose';
import { isOpenTo, PushClaim } from './domain/push-decision';
import { PUSH_MODEL, PushRecord } from './push-ledger.schema';

/**
 * The push ledger in MongoDB. The hot path only inserts (one `insertMany` for a whole fan-out); reads
 * are by `_id` and only for pairs already there; nothing is ever updated.
 */
@Injectable()
export class PushLedgerRepository {
  private readonly inserts: InsertBatcher<PushRecord>;

  constructor(@InjectModel(PUSH_MODEL) private readonly pushes: Model<PushRecord>) {
    this.inserts = new InsertBatcher(pushes.collection, 500);
  }

  /**
   * Claims these pairs for one batch; returns the match ids the batch is to push: those newly written,
   * and those it had written itself before a crash (read back by `_id`, only when already there).
   */
  async claim(entries: readonly PushRecord[]): Promise<Set<string>> {
    const outcomes = await Promise.all(entries.map((entry) => this.inserts.insert(entry)));
    const claimed = new Set<string>();
    for (const [index, outcome] of outcomes.entries()) {
      const entry = entries[index] as PushRecord;
      if (outcome === 'inserted' || isOpenTo(entry.batchId, await this.claimOf(entry._id)))
        claimed.add(entry._id);
    }
    return claimed;
  }

  /**
   * The first `limit` of these match ids (in order) that no other batch claimed: read by `_id` one at a
   * time, so a veteran's profile change reads about as many entries as it skips.
   */
  async unclaimed(matchIds: readonly string[], batchId: string, limit: number): Promise<Set<string>> {
    const open = new Set<string>();
    for (const matchId of matchIds) {
      if (open.size >= limit) break;
      if (isOpenTo(batchId, await this.claimOf(matchId))) open.add(matchId);
    }
    return open;
  }

  private claimOf(matchId: string): Promise<PushClaim | null> {
    return this.pushes.findById(matchId, { batchId: 1 }).lean<PushClaim>().exec();
  }
}
