import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { isDuplicateKeyError } from '@vetlink/persistence';
import { Model } from 'mongoose';
import { VeteranStanding } from '../loans/domain/eligibility';
import { KNOWN_VETERAN_MODEL, KnownVeteranRecord } from './known-veteran.schema';

@Injectable()
export class KnownVeteransRepository {
  constructor(@InjectModel(KNOWN_VETERAN_MODEL) private readonly veterans: Model<KnownVeteranRecord>) {}

  /**
   * Keeps the newest revision: inserted the first time, replaced only by a later revision. One veteran's
   * profile events arrive in order on one partition, so the read-then-write here never races itself.
   */
  async keep(record: KnownVeteranRecord): Promise<void> {
    const existing = await this.veterans.findById(record._id).lean<KnownVeteranRecord>();
    if (existing && existing.revision >= record.revision) return;
    if (!existing) {
      try {
        await this.veterans.create(record);
        return;
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
      }
    }
    await this.veterans.replaceOne({ _id: record._id, revision: { $lt: record.revision } }, record);
  }

  async find(veteranId: string): Promise<VeteranStanding | undefined> {
    const record = await this.veterans.findById(veteranId).lean<KnownVeteranRecord>();
    if (!record) return undefined;
    return {
      veteranId: record._id,
      hasServiceRecord: record.hasServiceRecord,
      ...(record.cityId ? { cityId: record.cityId } : {}),
    };
  }
}
