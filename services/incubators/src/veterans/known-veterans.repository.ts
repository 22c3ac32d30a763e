import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { isDuplicateKeyError } from '@vetlink/persistence';
import { Model } from 'mongoose';
import { KNOWN_VETERAN_MODEL, KnownVeteranRecord } from './known-veteran.schema';

export interface VeteranStanding {
  hasProfile: boolean;
  hasServiceRecord: boolean;
}

@Injectable()
export class KnownVeteransRepository {
  constructor(@InjectModel(KNOWN_VETERAN_MODEL) private readonly veterans: Model<KnownVeteranRecord>) {}

  /** Applies a profile snapshot unless a newer revision is already kept (events of a key arrive in order, redeliveries repeat). */
  async apply(veteranId: string, revision: number, hasServiceRecord: boolean, at: Date): Promise<void> {
    const record = { revision, hasServiceRecord, updatedAt: at };
    const updated = await this.veterans.updateOne(
      { _id: veteranId, revision: { $lt: revision } },
      { $set: record },
    );
    if (updated.matchedCount > 0) return;
    try {
      await this.veterans.create({ _id: veteranId, ...record });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error; // kept already, at this revision or a newer one
    }
  }

  async standing(veteranId: string): Promise<VeteranStanding> {
    const record = await this.veterans.findById(veteranId).lean<KnownVeteranRecord>();
    return { hasProfile: Boolean(record), hasServiceRecord: record?.hasServiceRecord ?? false };
  }

  async areKnown(veteranIds: readonly string[]): Promise<Set<string>> {
    if (veteranIds.length === 0) return new Set();
    const records = await this.veterans
      .find({ _id: { $in: [...veteranIds] } })
      .select({ _id: 1 })
      .lean<{ _id: string }[]>();
    return new Set(records.map((record) => record._id));
  }
}
