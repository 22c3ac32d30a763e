import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { isDuplicateKeyError } from '@vetlink/persistence';
import { Model } from 'mongoose';
import { KnownVeteran } from './domain/known-veteran';
import { KNOWN_VETERAN_MODEL, KnownVeteranRecord } from './known-veteran.schema';

@Injectable()
export class KnownVeteransRepository {
  constructor(@InjectModel(KNOWN_VETERAN_MODEL) private readonly veterans: Model<KnownVeteranRecord>) {}

  /** Inserts rather than upserts: the first profile-created wins, and a repeat of it changes nothing. */
  async add(veteran: KnownVeteran): Promise<void> {
    try {
      await this.veterans.create({
        _id: veteran.id,
        displayName: veteran.displayName,
        knownSince: veteran.knownSince,
      });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
  }

  async find(id: string): Promise<KnownVeteran | undefined> {
    const record = await this.veterans.findById(id).lean<KnownVeteranRecord>();
    return record
      ? { id: record._id, displayName: record.displayName, knownSince: record.knownSince }
      : undefined;
  }
}
