import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { AVAILABILITY_MODEL, AvailabilityRecord } from './availability.schema';
import { Availability } from './domain/availability';

@Injectable()
export class AvailabilityRepository {
  constructor(@InjectModel(AVAILABILITY_MODEL) private readonly availability: Model<AvailabilityRecord>) {}

  /** The whole availability replaces the previous one (a mentor edits it as one form). */
  async save(availability: Availability): Promise<void> {
    const { mentorId, ...fields } = availability;
    await this.availability.replaceOne({ _id: mentorId }, fields, { upsert: true });
  }

  async find(mentorId: string): Promise<Availability | undefined> {
    const record = await this.availability.findById(mentorId).lean<AvailabilityRecord>();
    return record ? toAvailability(record) : undefined;
  }

  async findMany(mentorIds: readonly string[]): Promise<Map<string, Availability>> {
    const records = await this.availability
      .find({ _id: { $in: [...mentorIds] } })
      .lean<AvailabilityRecord[]>();
    return new Map(records.map((record) => [record._id, toAvailability(record)]));
  }
}

function toAvailability(record: AvailabilityRecord): Availability {
  return {
    mentorId: record._id,
    weeklyRules: record.weeklyRules.map(({ weekday, start, end }) => ({ weekday, start, end })),
    overrides: record.overrides.map(({ date, windows }) => ({
      date,
      windows: windows.map(({ start, end }) => ({ start, end })),
    })),
    sessionMinutes: [...record.sessionMinutes],
    bufferBeforeMinutes: record.bufferBeforeMinutes,
    bufferAfterMinutes: record.bufferAfterMinutes,
    minNoticeMinutes: record.minNoticeMinutes,
    horizonDays: record.horizonDays,
    maxPerDay: record.maxPerDay,
    maxPerWeek: record.maxPerWeek,
    followsPublicCalendar: record.followsPublicCalendar,
    adjustedWorkdayAs: record.adjustedWorkdayAs,
    updatedAt: record.updatedAt,
  };
}
