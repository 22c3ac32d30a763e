import { isDuplicateKeyError } from '@vetlink/persistence';
import type { Connection } from 'mongoose';
import { hostname } from 'node:os';
import { RunSlotClaims } from './run-slots';

const COLLECTION = 'periodic_task_claims';
/** Claims are kept this many intervals (at least RETENTION_FLOOR_MS) to show who ran what, then pruned. */
const RETENTION_INTERVALS = 100;
const RETENTION_FLOOR_MS = 10 * 60_000;

interface SlotClaim {
  _id: string;
  task: string;
  slot: Date;
  claimedBy: string;
  claimedAt: Date;
}

/**
 * Slots claimed in the service's database by inserting the slot's key: the unique `_id` lets exactly one
 * replica in (on MongoDB and on FerretDB alike, where a conditional update would not be atomic).
 */
export class MongoRunSlotClaims implements RunSlotClaims {
  private readonly claimant = `${hostname()}:${process.pid}`;

  constructor(private readonly connection: Connection) {}

  async claim(task: string, slot: Date, intervalMs: number): Promise<boolean> {
    const claims = this.connection.collection<SlotClaim>(COLLECTION);
    try {
      await claims.insertOne({
        _id: `${task}@${slot.toISOString()}`,
        task,
        slot,
        claimedBy: this.claimant,
        claimedAt: new Date(),
      });
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
    const retention = Math.max(RETENTION_INTERVALS * intervalMs, RETENTION_FLOOR_MS);
    await claims.deleteMany({ task, slot: { $lt: new Date(slot.getTime() - retention) } });
    return true;
  }
}
