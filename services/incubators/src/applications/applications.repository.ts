import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { AggregateWriter, OutboxRelayHost, PendingEvent } from '@vetlink/messaging';
import {
  createIndexesAtStartup,
  findPage,
  isDuplicateKeyError,
  KeysetOrder,
  Page,
} from '@vetlink/persistence';
import { FilterQuery, Model, Types } from 'mongoose';
import {
  APPLICATION_CHANGE_MODEL,
  APPLICATION_MODEL,
  ApplicationChangeRecord,
  ApplicationRecord,
} from './application.schema';
import type { Actor, Application } from './domain/application';
import type { ApplicationState } from './domain/lifecycle';

export interface ApplicationChange {
  action: string;
  by: Actor;
  at: Date;
  reason: string;
}

/** One entry of the audit trail: a change without its snapshot and events. */
export type TrailEntry = Omit<ApplicationChangeRecord, 'after' | 'events'>;

/** Listing orders (cursor paging): an application's creation and a change's version never change. */
const NEWEST_FIRST: KeysetOrder = { field: 'createdAt', direction: 'desc' };
const OLDEST_CHANGE_FIRST: KeysetOrder = { field: 'version', direction: 'asc' };

/** Bounds a roll-forward loop (an application never has that many interrupted changes in a row). */
const MAX_ROLL_FORWARD = 20;

/**
 * Applications and their audit trail. Every change after creation claims the application's next version
 * by inserting its change record (`${id}:${version}`), then writes the application with its outbox events;
 * a reader that finds a claimed change not yet applied applies it (roll forward), so a crash between the
 * two writes loses nothing and two concurrent decisions never both apply.
 */
@Injectable()
export class ApplicationsRepository implements OnModuleInit {
  private readonly writer: AggregateWriter<ApplicationRecord>;

  constructor(
    @InjectModel(APPLICATION_MODEL) private readonly applications: Model<ApplicationRecord>,
    @InjectModel(APPLICATION_CHANGE_MODEL) private readonly changes: Model<ApplicationChangeRecord>,
    outbox: OutboxRelayHost,
  ) {
    this.writer = outbox.writerFor(applications);
  }

  async onModuleInit() {
    await createIndexesAtStartup([
      () => this.applications.createIndexes(),
      () => this.changes.createIndexes(),
    ]);
  }

  newId(): string {
    return new Types.ObjectId().toHexString();
  }

  async create(application: Application, change: ApplicationChange): Promise<void> {
    await this.writer.insert(toRecord(application), []);
    await this.changes.create(changeRecord(application, application, change, []));
  }

  /** The application as of its latest claimed change. */
  async find(id: string): Promise<Application | undefined> {
    let record = await this.applications.findById(id).lean<ApplicationRecord>();
    for (let step = 0; record && step < MAX_ROLL_FORWARD; step += 1) {
      const pending = await this.changes
        .findById(`${id}:${record.version + 1}`)
        .lean<ApplicationChangeRecord>();
      if (!pending) break;
      await this.writer.update(
        { _id: id, version: record.version },
        { $set: withoutId(pending.after) },
        pending.events,
      );
      record = pending.after;
    }
    return record ? toApplication(record) : undefined;
  }

  /** Writes `next` as the next version with its events, unless someone claimed that version first (false). */
  async commit(
    previous: Application,
    next: Application,
    change: ApplicationChange,
    events: readonly PendingEvent[],
  ): Promise<boolean> {
    const versioned: Application = { ...next, version: previous.version + 1 };
    try {
      await this.changes.create(changeRecord(previous, versioned, change, events));
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
    await this.writer.update(
      { _id: previous.id, version: previous.version },
      { $set: withoutId(toRecord(versioned)) },
      events,
    );
    return true;
  }

  /** The whole audit trail, oldest first, without the snapshots (a veteran's export). */
  async changesOf(applicationId: string): Promise<TrailEntry[]> {
    return this.changes
      .find({ applicationId })
      .select({ after: 0, events: 0 })
      .sort({ version: 1 })
      .limit(10_000)
      .lean<ApplicationChangeRecord[]>();
  }

  /** Replaces the snapshots of an application's trail with its anonymised form, one record at a time by `_id`. */
  async rewriteTrail(
    applicationId: string,
    rewrite: (record: ApplicationChangeRecord) => Partial<ApplicationChangeRecord>,
  ): Promise<void> {
    const records = await this.changes.find({ applicationId }).lean<ApplicationChangeRecord[]>();
    for (const record of records)
      await this.changes.updateOne({ _id: record._id }, { $set: rewrite(record) });
  }

  /** A page of the applications matching `filter`, newest first. */
  async page(
    filter: FilterQuery<ApplicationRecord>,
    limit: number,
    cursor?: string,
  ): Promise<Page<Application>> {
    return findPage(this.applications, filter, { order: NEWEST_FIRST, limit, cursor, toItem: toApplication });
  }

  /** A page of the audit trail, oldest first, without the snapshots. */
  async trailPage(applicationId: string, limit: number, cursor?: string): Promise<Page<TrailEntry>> {
    return findPage(
      this.changes,
      { applicationId },
      {
        order: OLDEST_CHANGE_FIRST,
        limit,
        cursor,
        select: { after: 0, events: 0 },
        toItem: (entry: TrailEntry) => entry,
      },
    );
  }

  /** Every application matching `filter` up to `limit`, newest first (a veteran's export). */
  async list(filter: FilterQuery<ApplicationRecord>, limit: number): Promise<Application[]> {
    const records = await this.applications
      .find(filter)
      .sort({ createdAt: -1, _id: -1 })
      .limit(limit)
      .lean<ApplicationRecord[]>();
    return records.map(toApplication);
  }

  /** The programme's waitlisted applications, first place first. */
  async waitlistOf(programmeId: string, limit: number): Promise<Application[]> {
    const records = await this.applications
      .find({ programmeId, state: 'waitlisted' satisfies ApplicationState })
      .sort({ waitlistPosition: 1 })
      .limit(limit)
      .lean<ApplicationRecord[]>();
    return records.map(toApplication);
  }

  /** Ids of applications that name a veteran as founder or team member (the erasure walks them). */
  async idsNaming(veteranId: string): Promise<string[]> {
    const records = await this.applications
      .find({ $or: [{ founderId: veteranId }, { 'team.veteranId': veteranId }] })
      .select({ _id: 1 })
      .limit(10_000)
      .lean<{ _id: string }[]>();
    return records.map((record) => record._id);
  }
}

function withoutId(record: ApplicationRecord): Omit<ApplicationRecord, '_id'> {
  const { _id: _ignored, ...fields } = record;
  return fields;
}

export function toRecord(application: Application): ApplicationRecord {
  const { id, ...fields } = application;
  return { _id: id, ...fields };
}

export function toApplication(record: ApplicationRecord): Application {
  const { _id, ...fields } = record;
  return { id: _id, ...fields } as Application;
}

function changeRecord(
  previous: Application,
  next: Application,
  change: ApplicationChange,
  events: readonly PendingEvent[],
): ApplicationChangeRecord {
  return {
    _id: `${next.id}:${next.version}`,
    applicationId: next.id,
    version: next.version,
    action: change.action,
    from: previous.state,
    to: next.state,
    by: change.by,
    at: change.at,
    reason: change.reason,
    after: toRecord(next),
    events: [...events],
  };
}
