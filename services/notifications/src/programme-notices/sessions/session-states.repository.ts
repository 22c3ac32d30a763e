import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import type { SessionState } from '../domain/freshness';
import { SESSION_STATE_MODEL, SessionStateRecord } from './session-state.schema';

/**
 * The sessions' states by `_id` only. A session's events arrive in order on one partition (keyed by the
 * session), and every write is monotonic (`$max` of the sequence, `cancelled` only ever set to true), so
 * a repeat or an overlap during a rebalance cannot move a state backwards.
 */
@Injectable()
export class SessionStatesRepository {
  constructor(@InjectModel(SESSION_STATE_MODEL) private readonly model: Model<SessionStateRecord>) {}

  async of(sessionId: string): Promise<SessionState | null> {
    const record = await this.model.findById(sessionId).lean().exec();
    return record ? { sequence: record.sequence, cancelled: record.cancelled } : null;
  }

  async record(
    sessionId: string,
    change: { sequence: number; cancelled: boolean; endsAt: Date },
    now: Date,
  ): Promise<void> {
    await this.model
      .updateOne(
        { _id: sessionId },
        change.cancelled
          ? {
              $max: { sequence: change.sequence },
              $set: { cancelled: true, endsAt: change.endsAt, updatedAt: now },
            }
          : {
              $max: { sequence: change.sequence },
              $set: { endsAt: change.endsAt, updatedAt: now },
              $setOnInsert: { cancelled: false },
            },
        { upsert: true },
      )
      .exec();
  }
}
