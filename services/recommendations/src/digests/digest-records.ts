import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { InsertBatcher } from '@vetlink/persistence';
import type { Model } from 'mongoose';
import { DIGEST_MODEL, DigestRecord } from './digest.schema';

@Injectable()
export class DigestRecords {
  /** Digests composed at the same moment by one worker's concurrent jobs go to the database together. */
  private readonly inserts: InsertBatcher<DigestRecord>;

  constructor(@InjectModel(DIGEST_MODEL) private readonly digests: Model<DigestRecord>) {
    this.inserts = new InsertBatcher<DigestRecord>(digests.collection);
  }

  /**
   * Stores the digest unless one of that veteran and week exists; returns the one stored, so that a
   * repeat after a crash sends exactly what was decided the first time.
   */
  async insertOnce(record: DigestRecord): Promise<DigestRecord> {
    if ((await this.inserts.insert(record)) === 'inserted') return record;
    return (await this.find(record._id)) as DigestRecord;
  }

  find(digestId: string): Promise<DigestRecord | null> {
    return this.digests.findById(digestId).lean<DigestRecord>().exec();
  }
}
