import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { isDuplicateKeyError } from '@vetlink/persistence';
import type { Model } from 'mongoose';
import { DIGEST_MODEL, DigestRecord } from './digest.schema';

@Injectable()
export class DigestRecords {
  constructor(@InjectModel(DIGEST_MODEL) private readonly digests: Model<DigestRecord>) {}

  /**
   * Stores the digest unless one of that veteran and week exists; returns the one stored, so that a
   * repeat after a crash sends exactly what was decided the first time.
   */
  async insertOnce(record: DigestRecord): Promise<DigestRecord> {
    try {
      await this.digests.create(record);
      return record;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      return (await this.find(record._id)) as DigestRecord;
    }
  }

  find(digestId: string): Promise<DigestRecord | null> {
    return this.digests.findById(digestId).lean<DigestRecord>().exec();
  }
}
