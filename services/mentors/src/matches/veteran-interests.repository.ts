import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { VeteranInterest } from './domain/veteran-interest';
import { VETERAN_INTEREST_MODEL, VeteranInterestRecord } from './veteran-interest.schema';

@Injectable()
export class VeteranInterestsRepository {
  constructor(
    @InjectModel(VETERAN_INTEREST_MODEL) private readonly interests: Model<VeteranInterestRecord>,
  ) {}

  /**
   * Keeps the newest revision: an older or repeated event changes nothing. One veteran's events come in
   * order on one partition (keyed by the veteran), so one consumer at a time writes a veteran's document.
   */
  async keep(interest: VeteranInterest): Promise<void> {
    const current = await this.interests
      .findById(interest.veteranId, { revision: 1 })
      .lean<VeteranInterestRecord>();
    if (current && current.revision >= interest.revision) return;
    const { veteranId, ...fields } = interest;
    await this.interests.replaceOne({ _id: veteranId }, fields, { upsert: true });
  }

  async find(veteranId: string): Promise<VeteranInterest | undefined> {
    const record = await this.interests.findById(veteranId).lean<VeteranInterestRecord>();
    if (!record) return undefined;
    const { _id, ...fields } = record;
    return { veteranId: _id, ...fields };
  }
}
