import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { isDuplicateKeyError, createIndexesAtStartup } from '@vetlink/persistence';
import { Model } from 'mongoose';
import { RATING_MODEL, RatingRecord } from './session.schema';

@Injectable()
export class RatingsRepository implements OnModuleInit {
  constructor(@InjectModel(RATING_MODEL) private readonly ratings: Model<RatingRecord>) {}

  async onModuleInit() {
    await createIndexesAtStartup([() => this.ratings.createIndexes()]);
  }

  /** False when the session was rated before (its `_id` is the session's). */
  async insertOnce(rating: RatingRecord): Promise<boolean> {
    try {
      await this.ratings.create(rating);
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  async starsOf(mentorId: string): Promise<number[]> {
    const records = await this.ratings.find({ mentorId }, { stars: 1 }).lean<RatingRecord[]>();
    return records.map((record) => record.stars);
  }
}
