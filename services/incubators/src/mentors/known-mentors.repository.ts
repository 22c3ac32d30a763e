import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { isDuplicateKeyError } from '@vetlink/persistence';
import { Model } from 'mongoose';
import { KNOWN_MENTOR_MODEL, KnownMentorRecord } from './known-mentor.schema';

@Injectable()
export class KnownMentorsRepository {
  constructor(@InjectModel(KNOWN_MENTOR_MODEL) private readonly mentors: Model<KnownMentorRecord>) {}

  /** Kept once: a redelivered verification changes nothing. */
  async verified(mentorId: string, at: Date): Promise<void> {
    try {
      await this.mentors.create({ _id: mentorId, verifiedAt: at });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
  }

  async areKnown(mentorIds: readonly string[]): Promise<Set<string>> {
    if (mentorIds.length === 0) return new Set();
    const records = await this.mentors
      .find({ _id: { $in: [...mentorIds] } })
      .select({ _id: 1 })
      .lean<{ _id: string }[]>();
    return new Set(records.map((record) => record._id));
  }
}
