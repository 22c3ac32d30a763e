import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { isDuplicateKeyError } from '@vetlink/persistence';
import { Model } from 'mongoose';
import { IDEMPOTENCY_MODEL, IdempotencyRecord } from './idempotency-record';

/**
 * Requests made with an Idempotency-Key. The claim is an insert whose `_id` names caller, route and
 * key (the one race-proof primitive on FerretDB as on MongoDB): of two requests with one key, one
 * runs and the other is told so. Every other access is by `_id`.
 */
@Injectable()
export class IdempotencyStore {
  constructor(@InjectModel(IDEMPOTENCY_MODEL) private readonly records: Model<IdempotencyRecord>) {}

  /** True when this request holds the key now; false when another holds or held it. */
  async claim(id: string, bodyHash: string, now: Date): Promise<boolean> {
    try {
      await this.records.create({ _id: id, bodyHash, state: 'in-progress', createdAt: now });
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  find(id: string): Promise<IdempotencyRecord | null> {
    return this.records.findById(id).lean<IdempotencyRecord>().exec();
  }

  async complete(id: string, status: number, response: unknown): Promise<void> {
    await this.records
      .updateOne({ _id: id }, { $set: { state: 'completed', status, response: response ?? null } })
      .exec();
  }

  /** The request failed: its key is free again, so the client may retry (nothing was written). */
  async release(id: string): Promise<void> {
    await this.records.deleteOne({ _id: id }).exec();
  }

  async forgetBefore(before: Date): Promise<void> {
    await this.records.deleteMany({ createdAt: { $lt: before } }).exec();
  }
}
