import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { initialPendingEvents, PendingEvent, withPendingEvents } from '@vetlink/messaging';
import { isDuplicateKeyError } from '@vetlink/persistence';
import { Model } from 'mongoose';
import type { PushLedgerEntry } from './domain/push-decision';
import { pushLedgerKey } from './domain/push-decision';
import { PUSH_MODEL, PushRecord } from './push-ledger.schema';

export interface PushFacts {
  veteranId: string;
  jobId: string;
  fingerprint: string;
  matchId: string;
  score: number;
  trigger: PushRecord['trigger'];
  at: Date;
}

/** The push ledger in MongoDB, read and written by `_id` only. */
@Injectable()
export class PushLedgerRepository {
  constructor(@InjectModel(PUSH_MODEL) private readonly pushes: Model<PushRecord>) {}

  async last(veteranId: string, jobId: string): Promise<PushLedgerEntry | null> {
    const record = await this.pushes
      .findById(pushLedgerKey(veteranId, jobId), { veteranId: 1, jobId: 1, fingerprint: 1 })
      .lean<Pick<PushRecord, 'veteranId' | 'jobId' | 'fingerprint'>>()
      .exec();
    return record && { veteranId: record.veteranId, jobId: record.jobId, fingerprint: record.fingerprint };
  }

  /**
   * The first push of a job to a veteran: the ledger entry and its event in one insert. False when an
   * entry appeared meanwhile (another instance pushed it): nothing is written then.
   */
  async recordFirst(facts: PushFacts, event: PendingEvent): Promise<boolean> {
    try {
      await this.pushes.create({
        _id: pushLedgerKey(facts.veteranId, facts.jobId),
        veteranId: facts.veteranId,
        jobId: facts.jobId,
        fingerprint: facts.fingerprint,
        matchId: facts.matchId,
        score: facts.score,
        trigger: facts.trigger,
        pushCount: 1,
        firstPushedAt: facts.at,
        lastPushedAt: facts.at,
        ...initialPendingEvents([event]),
      });
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  /** A push of a materially changed job: the new fingerprint and its event in one update by `_id`. */
  async recordRepeat(facts: PushFacts, event: PendingEvent): Promise<void> {
    await this.pushes
      .updateOne(
        { _id: pushLedgerKey(facts.veteranId, facts.jobId) },
        withPendingEvents(
          {
            $set: {
              fingerprint: facts.fingerprint,
              matchId: facts.matchId,
              score: facts.score,
              trigger: facts.trigger,
              lastPushedAt: facts.at,
            },
            $inc: { pushCount: 1 },
          },
          [event],
        ),
      )
      .exec();
  }
}
