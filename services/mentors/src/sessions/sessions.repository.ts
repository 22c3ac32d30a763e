import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { AggregateWriter, OutboxRelayHost, PendingEvent } from '@vetlink/messaging';
import { FilterQuery, Model, Types, UpdateQuery } from 'mongoose';
import { Session, SessionStatus } from './domain/session';
import { SESSION_MODEL, SessionRecord } from './session.schema';
import { createIndexesAtStartup } from '@vetlink/persistence';

export interface SessionListFilter {
  mentorId?: string;
  veteranId?: string;
  status?: SessionStatus;
  from?: Date;
}

@Injectable()
export class SessionsRepository implements OnModuleInit {
  private readonly writer: AggregateWriter<SessionRecord>;

  constructor(
    @InjectModel(SESSION_MODEL) private readonly sessions: Model<SessionRecord>,
    outbox: OutboxRelayHost,
  ) {
    this.writer = outbox.writerFor(sessions);
  }

  async onModuleInit() {
    await createIndexesAtStartup([() => this.sessions.createIndexes()]);
  }

  newId(): string {
    return new Types.ObjectId().toHexString();
  }

  async insert(session: Session, events: readonly PendingEvent[]): Promise<void> {
    const { id, ...fields } = session;
    await this.writer.insert({ _id: id, ...fields }, events);
  }

  async findById(id: string): Promise<Session | undefined> {
    const record = await this.sessions.findById(id).lean<SessionRecord>();
    return record ? toSession(record) : undefined;
  }

  async findMany(ids: readonly string[]): Promise<Session[]> {
    if (ids.length === 0) return [];
    const records = await this.sessions.find({ _id: { $in: [...ids] } }).lean<SessionRecord[]>();
    return records.map(toSession);
  }

  /**
   * Moves the session on from the sequence it was read at, with its events, in one write. Callers hold
   * the sequence's change token (session-changes.repository.ts): that insert, not this write, decides
   * which change happens, so the write names the session by `_id` alone (FerretDB's indexed lookup).
   */
  async change(
    session: Session,
    set: Partial<Omit<Session, 'id'>>,
    events: readonly PendingEvent[],
  ): Promise<Session | undefined> {
    const record = await this.writer.update(
      { _id: session.id },
      { $set: { ...set, sequence: session.sequence + 1 } },
      events,
    );
    return record ? toSession(record) : undefined;
  }

  /** A change that is not a new version of the session (notes, rating, a reminder sent). */
  async annotate(
    id: string,
    update: UpdateQuery<SessionRecord>,
    events: readonly PendingEvent[] = [],
  ): Promise<Session | undefined> {
    const record = await this.writer.update({ _id: id }, update, events);
    return record ? toSession(record) : undefined;
  }

  /** Sessions that keep the mentors busy (booked, or already held) and overlap [from, to). */
  async busyOf(mentorIds: readonly string[], from: Date, to: Date): Promise<Session[]> {
    const records = await this.sessions
      .find({
        mentorId: { $in: [...mentorIds] },
        status: { $in: ['booked', 'held', 'no-show'] },
        blockedUntil: { $gt: from },
        blockedFrom: { $lt: to },
      })
      .lean<SessionRecord[]>();
    return records.map(toSession);
  }

  async list(filter: SessionListFilter, limit: number): Promise<Session[]> {
    const query: FilterQuery<SessionRecord> = {};
    if (filter.mentorId) query.mentorId = filter.mentorId;
    if (filter.veteranId) query.veteranId = filter.veteranId;
    if (filter.status) query.status = filter.status;
    if (filter.from) query.end = { $gt: filter.from };
    const records = await this.sessions
      .find(query)
      .sort({ start: 1, _id: 1 })
      .limit(limit)
      .lean<SessionRecord[]>();
    return records.map(toSession);
  }

  async ofVeteran(veteranId: string): Promise<Session[]> {
    const records = await this.sessions.find({ veteranId }).sort({ start: 1 }).lean<SessionRecord[]>();
    return records.map(toSession);
  }
}

function toSession(record: SessionRecord): Session {
  const { _id, ...fields } = record;
  const session = { id: _id, ...fields, claimIds: [...(fields.claimIds ?? [])] } as Session & {
    pendingEvents?: unknown;
  };
  delete session.pendingEvents;
  return session;
}
