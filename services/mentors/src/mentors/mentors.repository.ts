import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { AggregateWriter, OutboxRelayHost, PendingEvent } from '@vetlink/messaging';
import { isDuplicateKeyError, createIndexesAtStartup } from '@vetlink/persistence';
import { FilterQuery, Model } from 'mongoose';
import { Mentor, MentorStatus } from './domain/mentor';
import { MentorSearchIndex } from './mentor-search-index';
import {
  MENTOR_MODEL,
  MENTOR_VERIFICATION_MODEL,
  MentorRecord,
  MentorVerificationRecord,
} from './mentor.schema';

export interface MentorFilter {
  status?: MentorStatus;
  expertise?: string;
  industry?: string;
  cityId?: string;
  mode?: string;
  servedIn?: string;
  language?: string;
}

@Injectable()
export class MentorsRepository implements OnModuleInit {
  private readonly writer: AggregateWriter<MentorRecord>;

  constructor(
    @InjectModel(MENTOR_MODEL) private readonly mentors: Model<MentorRecord>,
    @InjectModel(MENTOR_VERIFICATION_MODEL)
    private readonly verifications: Model<MentorVerificationRecord>,
    outbox: OutboxRelayHost,
    private readonly searchIndex: MentorSearchIndex,
  ) {
    this.writer = outbox.writerFor(mentors);
  }

  async onModuleInit() {
    await createIndexesAtStartup([() => this.mentors.createIndexes()]);
  }

  /** Rejects with a duplicate-key error when the mentor already applied. */
  async insert(mentor: Mentor): Promise<void> {
    const { id, ...fields } = mentor;
    await this.writer.insert({ _id: id, ...fields }, []);
    await this.searchIndex.put(mentor);
  }

  /** True for the one verification that counts; false when the mentor was verified before. */
  async recordVerification(mentorId: string, verifiedBy: string, verifiedAt: Date): Promise<boolean> {
    try {
      await this.verifications.create({ _id: mentorId, verifiedBy, verifiedAt });
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  async findVerification(mentorId: string): Promise<MentorVerificationRecord | undefined> {
    return (await this.verifications.findById(mentorId).lean<MentorVerificationRecord>()) ?? undefined;
  }

  async findById(id: string): Promise<Mentor | undefined> {
    const record = await this.mentors.findById(id).lean<MentorRecord>();
    return record ? toMentor(record) : undefined;
  }

  /** Applies changes provided the status is still the one read; undefined when it changed meanwhile. */
  async update(
    mentor: Mentor,
    changes: Partial<Omit<Mentor, 'id'>>,
    events: readonly PendingEvent[] = [],
  ): Promise<Mentor | undefined> {
    const record = await this.writer.update(
      { _id: mentor.id, status: mentor.status },
      { $set: changes },
      events,
    );
    if (!record) return undefined;
    const updated = toMentor(record);
    await this.searchIndex.put(updated);
    return updated;
  }

  async setRating(id: string, rating: { ratingCount: number; ratingAverage?: number }): Promise<void> {
    await this.mentors.updateOne({ _id: id }, { $set: rating });
    const rated = await this.findById(id);
    if (rated) await this.searchIndex.put(rated);
  }

  async findMany(ids: readonly string[]): Promise<Mentor[]> {
    const records = await this.mentors.find({ _id: { $in: [...ids] } }).lean<MentorRecord[]>();
    return records.map(toMentor);
  }

  async find(filter: MentorFilter, limit: number): Promise<Mentor[]> {
    const query: FilterQuery<MentorRecord> = {};
    if (filter.status) query.status = filter.status;
    if (filter.cityId) query.cityId = filter.cityId;
    if (filter.servedIn) query.servedIn = filter.servedIn;
    if (filter.expertise) query.expertise = filter.expertise;
    if (filter.industry) query.industries = filter.industry;
    if (filter.mode) query.modes = filter.mode;
    if (filter.language) query.languages = filter.language;
    const records = await this.mentors
      .find(query)
      .sort({ ratingAverage: -1, _id: 1 })
      .limit(limit)
      .lean<MentorRecord[]>();
    return records.map(toMentor);
  }
}

function toMentor(record: MentorRecord): Mentor {
  const { _id, ...fields } = record;
  const mentor = { id: _id, ...fields } as Mentor & { pendingEvents?: unknown };
  delete mentor.pendingEvents;
  return mentor;
}
