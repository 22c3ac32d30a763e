import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { JobEmploymentType, JobStatus } from '@vetlink/contracts';
import { AggregateWriter, OutboxRelayHost, PendingEvent } from '@vetlink/messaging';
import { findPage, KeysetOrder, Page, createIndexesAtStartup } from '@vetlink/persistence';
import { FilterQuery, Model, Types, UpdateQuery } from 'mongoose';
import { Job } from './domain/job';
import { ListingScope } from './domain/job-visibility';
import { JOB_MODEL, JobRecord } from './job.schema';

export interface JobListFilter {
  status?: JobStatus;
  cityId?: string;
  occupationId?: string;
  employmentType?: JobEmploymentType;
  veteranPriority?: boolean;
  employerId?: string;
}

/** Fields a write may set; identity and bookkeeping of the outbox are not among them. */
export type JobFieldChanges = Partial<Omit<Job, 'id' | 'employerId' | 'revision' | 'createdAt'>>;

const NEWEST_FIRST: KeysetOrder = { field: 'listedAt', direction: 'desc' };

@Injectable()
export class JobsRepository implements OnModuleInit {
  private readonly writer: AggregateWriter<JobRecord>;

  constructor(
    @InjectModel(JOB_MODEL) private readonly jobs: Model<JobRecord>,
    outbox: OutboxRelayHost,
  ) {
    this.writer = outbox.writerFor(jobs);
  }

  async onModuleInit() {
    await createIndexesAtStartup([() => this.jobs.createIndexes()]);
  }

  newId(): string {
    return new Types.ObjectId().toHexString();
  }

  async insert(job: Job): Promise<void> {
    const { id, ...fields } = job;
    await this.jobs.create({ _id: id, ...fields });
  }

  async findById(id: string): Promise<Job | undefined> {
    const record = await this.jobs.findById(id).lean<JobRecord>();
    return record ? toJob(record) : undefined;
  }

  /**
   * Writes the changes and their events in one single-document write, provided nobody wrote the job
   * since it was read at `expectedRevision`. Undefined when somebody did (the caller decides again).
   */
  async update(
    id: string,
    expectedRevision: number,
    changes: JobFieldChanges,
    events: readonly PendingEvent[] = [],
    extra: { pushHiredApplicationId?: string } = {},
  ): Promise<Job | undefined> {
    const update: UpdateQuery<JobRecord> = { $set: changes, $inc: { revision: 1 } };
    if (extra.pushHiredApplicationId) update.$push = { hiredApplicationIds: extra.pushHiredApplicationId };
    return this.write({ _id: id, revision: expectedRevision }, update, events);
  }

  /** Live jobs whose deadline has passed, oldest deadline first. */
  async findOverdue(now: Date, statuses: readonly JobStatus[], limit: number): Promise<Job[]> {
    const records = await this.jobs
      .find({ status: { $in: statuses }, deadline: { $lte: now } })
      .sort({ deadline: 1, _id: 1 })
      .limit(limit)
      .lean<JobRecord[]>();
    return records.map(toJob);
  }

  /**
   * Closes the job at its deadline unless it changed status meanwhile (an employer closing it, another
   * instance's sweep): the status in the filter makes the close happen, and its event exist, once.
   */
  async closeIfOverdue(job: Job, changes: JobFieldChanges, event: PendingEvent, now: Date): Promise<boolean> {
    const condition = { _id: job.id, status: job.status, deadline: { $lte: now } };
    const closed = await this.write(condition, { $set: changes, $inc: { revision: 1 } }, [event]);
    return closed !== undefined;
  }

  async list(filter: JobListFilter, scope: ListingScope, limit: number, cursor?: string): Promise<Page<Job>> {
    const conditions = filterConditions(filter);
    if (scope.statuses) conditions.push({ status: { $in: scope.statuses } });
    if (scope.excludeDrafts) conditions.push({ status: { $ne: 'draft' } });
    return findPage(this.jobs, conditions, { order: NEWEST_FIRST, limit, cursor, toItem: toJob });
  }

  /** One conditional single-document write with its events; undefined when the condition no longer held. */
  private async write(
    condition: FilterQuery<JobRecord> & { _id: string },
    update: UpdateQuery<JobRecord>,
    events: readonly PendingEvent[],
  ): Promise<Job | undefined> {
    const record = await this.writer.update(condition, update, events);
    return record ? toJob(record) : undefined;
  }
}

function filterConditions(filter: JobListFilter): FilterQuery<JobRecord>[] {
  const conditions: FilterQuery<JobRecord>[] = [];
  if (filter.cityId) conditions.push({ 'location.cityId': filter.cityId });
  if (filter.occupationId) conditions.push({ occupationId: filter.occupationId });
  if (filter.employmentType) conditions.push({ employmentType: filter.employmentType });
  if (filter.veteranPriority !== undefined) conditions.push({ veteranPriority: filter.veteranPriority });
  if (filter.employerId) conditions.push({ employerId: filter.employerId });
  return conditions;
}

function toJob(record: JobRecord): Job {
  return {
    id: record._id,
    employerId: record.employerId,
    employerName: record.employerName,
    title: record.title,
    description: record.description,
    occupationId: record.occupationId,
    requiredSkills: record.requiredSkills.map(({ skillId, level }) => ({ skillId, level })),
    preferredSkills: record.preferredSkills.map(({ skillId, level }) => ({ skillId, level })),
    requiredCertificates: [...record.requiredCertificates],
    ...(record.skillTexts?.length ? { skillTexts: [...record.skillTexts] } : {}),
    education: record.education,
    experienceYears: record.experienceYears,
    location: {
      cityId: record.location.cityId,
      districtId: record.location.districtId,
      address: record.location.address,
      lat: record.location.lat,
      lng: record.location.lng,
    },
    salary: { min: record.salary.min, max: record.salary.max },
    employmentType: record.employmentType,
    headcount: record.headcount,
    benefits: [...record.benefits],
    veteransOnly: record.veteransOnly,
    veteranPriority: record.veteranPriority,
    deadline: record.deadline,
    status: record.status,
    hiredCount: record.hiredCount,
    hiredApplicationIds: [...(record.hiredApplicationIds ?? [])],
    revision: record.revision,
    listedAt: record.listedAt,
    ...(record.postedAt ? { postedAt: record.postedAt } : {}),
    ...(record.closedAt ? { closedAt: record.closedAt } : {}),
    ...(record.closeReason ? { closeReason: record.closeReason } : {}),
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}
