import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { ApplicationStage } from '@vetlink/contracts';
import { AggregateWriter, OutboxRelayHost, PendingEvent } from '@vetlink/messaging';
import { findPage, KeysetOrder, Page, createIndexesAtStartup } from '@vetlink/persistence';
import { FilterQuery, Model, Types } from 'mongoose';
import { APPLICATION_MODEL, ApplicationRecord } from './application.schema';
import { Application, StageChange } from './domain/application';

export interface ApplicationListFilter {
  jobId?: string;
  veteranId?: string;
  employerId?: string;
  stage?: ApplicationStage;
}

const NEWEST_FIRST: KeysetOrder = { field: 'submittedAt', direction: 'desc' };

@Injectable()
export class ApplicationsRepository implements OnModuleInit {
  private readonly writer: AggregateWriter<ApplicationRecord>;

  constructor(
    @InjectModel(APPLICATION_MODEL) private readonly applications: Model<ApplicationRecord>,
    outbox: OutboxRelayHost,
  ) {
    this.writer = outbox.writerFor(applications);
  }

  async onModuleInit() {
    await createIndexesAtStartup([() => this.applications.createIndexes()]);
  }

  newId(): string {
    return new Types.ObjectId().toHexString();
  }

  /** Rejects with a duplicate-key error when the veteran already applied to the job. */
  async insert(application: Application, events: readonly PendingEvent[]): Promise<void> {
    const { id, ...fields } = application;
    await this.writer.insert({ _id: id, ...fields }, events);
  }

  async findById(id: string): Promise<Application | undefined> {
    const record = await this.applications.findById(id).lean<ApplicationRecord>();
    return record ? toApplication(record) : undefined;
  }

  async findByJobAndVeteran(jobId: string, veteranId: string): Promise<Application | undefined> {
    const record = await this.applications.findOne({ jobId, veteranId }).lean<ApplicationRecord>();
    return record ? toApplication(record) : undefined;
  }

  /**
   * Moves the application on, with its events, in one write, provided it is still in the stage it was
   * read in; undefined when it moved meanwhile.
   */
  async changeStage(
    application: Application,
    change: StageChange,
    events: readonly PendingEvent[],
    hirePending = application.hirePending,
  ): Promise<Application | undefined> {
    const record = await this.writer.update(
      { _id: application.id, stage: application.stage },
      { $set: { stage: change.to, updatedAt: change.at, hirePending }, $push: { history: change } },
      events,
    );
    return record ? toApplication(record) : undefined;
  }

  async markHireRecorded(id: string): Promise<void> {
    await this.applications.updateOne({ _id: id }, { $set: { hirePending: false } });
  }

  async findPendingHires(limit: number): Promise<Application[]> {
    const records = await this.applications
      .find({ hirePending: true })
      .limit(limit)
      .lean<ApplicationRecord[]>();
    return records.map(toApplication);
  }

  async list(filter: ApplicationListFilter, limit: number, cursor?: string): Promise<Page<Application>> {
    const conditions: FilterQuery<ApplicationRecord>[] = [];
    for (const field of ['jobId', 'veteranId', 'employerId', 'stage'] as const) {
      const value = filter[field];
      if (value !== undefined) conditions.push({ [field]: value });
    }
    return findPage(this.applications, conditions, {
      order: NEWEST_FIRST,
      limit,
      cursor,
      toItem: toApplication,
    });
  }
}

function toApplication(record: ApplicationRecord): Application {
  return {
    id: record._id,
    jobId: record.jobId,
    employerId: record.employerId,
    veteranId: record.veteranId,
    jobTitle: record.jobTitle,
    ...(record.coverLetter !== undefined ? { coverLetter: record.coverLetter } : {}),
    stage: record.stage,
    history: record.history.map(({ from, to, at, by }) => ({ from, to, at, by })),
    hirePending: record.hirePending,
    submittedAt: record.submittedAt,
    updatedAt: record.updatedAt,
  };
}
