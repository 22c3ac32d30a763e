import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import {
  createIndexesAtStartup,
  fetchSizeFor,
  KeysetOrder,
  keysetQuery,
  Page,
  pageOf,
} from '@vetlink/persistence';
import { Model, Types } from 'mongoose';
import { COURSE_MODEL, CourseRecord } from './course.schema';
import type { Course } from './domain/course';

const NEWEST_FIRST: KeysetOrder = { field: 'publishedAt', direction: 'desc' };

export interface CourseFilter {
  cityId?: string;
  skillId?: string;
  certificateId?: string;
}

@Injectable()
export class CoursesRepository implements OnModuleInit {
  constructor(@InjectModel(COURSE_MODEL) private readonly courses: Model<CourseRecord>) {}

  async onModuleInit() {
    await createIndexesAtStartup([() => this.courses.createIndexes()]);
  }

  newId(): string {
    return new Types.ObjectId().toHexString();
  }

  async insert(course: Course): Promise<void> {
    const { id, ...fields } = course;
    await this.courses.create({ _id: id, ...fields });
  }

  async find(id: string): Promise<Course | undefined> {
    const record = await this.courses.findById(id).lean<CourseRecord>();
    return record ? toCourse(record) : undefined;
  }

  async findMany(ids: readonly string[]): Promise<Course[]> {
    if (ids.length === 0) return [];
    const records = await this.courses.find({ _id: { $in: [...ids] } }).lean<CourseRecord[]>();
    return records.map(toCourse);
  }

  async list(filter: CourseFilter, limit: number, cursor?: string): Promise<Page<Course>> {
    const keyset = keysetQuery(NEWEST_FIRST, cursor);
    const conditions: Record<string, unknown> = {};
    if (filter.cityId) conditions['cityId'] = filter.cityId;
    if (filter.skillId) conditions['skillIds'] = filter.skillId;
    if (filter.certificateId) conditions['certificateIds'] = filter.certificateId;
    const records = await this.courses
      .find({ $and: [keyset.filter, conditions] })
      .sort(keyset.sort)
      .limit(fetchSizeFor(limit))
      .lean<CourseRecord[]>();
    return pageOf(
      records,
      limit,
      NEWEST_FIRST,
      (record) => ({ value: record.publishedAt, id: record._id }),
      toCourse,
    );
  }
}

function toCourse({ _id, ...fields }: CourseRecord): Course {
  return {
    id: _id,
    title: fields.title,
    ...(fields.trainingId ? { trainingId: fields.trainingId } : {}),
    ...(fields.description ? { description: fields.description } : {}),
    skillIds: fields.skillIds ?? [],
    certificateIds: fields.certificateIds ?? [],
    durationDays: fields.durationDays,
    costFen: fields.costFen,
    veteranSubsidyFen: fields.veteranSubsidyFen,
    provider: fields.provider,
    ...(fields.providerId ? { providerId: fields.providerId } : {}),
    cityId: fields.cityId,
    ...(fields.venue ? { venue: fields.venue } : {}),
    mode: fields.mode,
    publishedBy: fields.publishedBy,
    publishedAt: fields.publishedAt,
  };
}
