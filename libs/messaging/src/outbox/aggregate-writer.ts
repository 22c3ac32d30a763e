import { insertManyOutcomes, InsertOutcome } from '@vetlink/persistence';
import type { FilterQuery, Model, UpdateQuery } from 'mongoose';
import { initialPendingEvents, PENDING_EVENTS_FIELD, PendingEvent, withPendingEvents } from './pending-event';

/**
 * For findOneAndUpdate on an aggregate: FerretDB 1.x does not implement findAndModify's projection, and
 * mongoose sends one to leave out `select: false` fields such as the outbox's. Selecting it back sends none.
 */
const WITHOUT_PROJECTION = `+${PENDING_EVENTS_FIELD}`;

/** Tells the relay that an aggregate has events waiting, so they go out at once. */
export interface OutboxAnnouncer {
  announce(collectionName: string, aggregateId: string): void;
}

/** What an aggregate's document carries for the outbox (never selected by default, never in a response). */
export interface OutboxFields {
  [PENDING_EVENTS_FIELD]?: PendingEvent[];
}

type AggregateRecord = { _id: string } & OutboxFields;

/**
 * The one way to change an aggregate and its events together: a single-document write that carries the
 * events (the transactional outbox without transactions), then an announcement to the relay. Filters
 * name the aggregate by `_id`, plus any condition the write depends on.
 */
export class AggregateWriter<Record extends AggregateRecord> {
  constructor(
    private readonly model: Model<Record>,
    private readonly announcer: OutboxAnnouncer,
  ) {}

  get collectionName(): string {
    return this.model.collection.collectionName;
  }

  /** Creates the aggregate with its events; rejects with the driver's duplicate-key error when its id or a unique key is taken. */
  async insert(record: Omit<Record, keyof OutboxFields>, events: readonly PendingEvent[]): Promise<void> {
    await this.model.create({ ...record, ...initialPendingEvents(events) });
    this.announceIf(record._id, events);
  }

  /**
   * Creates many aggregates with their events in one unordered insert; per record `inserted`, or
   * `duplicate` when its id is taken (that one and its events are not written). Documents go as given
   * (no mongoose casting or defaults): pass them complete.
   */
  async insertMany(
    items: readonly { record: Omit<Record, keyof OutboxFields>; events: readonly PendingEvent[] }[],
  ): Promise<InsertOutcome[]> {
    const outcomes = await insertManyOutcomes(
      this.model.collection,
      items.map(({ record, events }) => ({ ...record, ...initialPendingEvents(events) })),
    );
    items.forEach(({ record, events }, index) => {
      if (outcomes[index] === 'inserted') this.announceIf(record._id, events);
    });
    return outcomes;
  }

  /** The updated record, or undefined when no document matched (the condition no longer holds). */
  async update(
    filter: FilterQuery<Record> & { _id: string },
    update: UpdateQuery<Record>,
    events: readonly PendingEvent[],
  ): Promise<Record | undefined> {
    const record = await this.model
      .findOneAndUpdate(filter, withPendingEvents(update, events) as UpdateQuery<Record>, { new: true })
      .select(WITHOUT_PROJECTION)
      .lean<Record>();
    if (record) this.announceIf(filter._id, events);
    return record ?? undefined;
  }

  /** Like `update` without reading the document back; whether a document matched. */
  async updateOne(
    filter: FilterQuery<Record> & { _id: string },
    update: UpdateQuery<Record>,
    events: readonly PendingEvent[],
  ): Promise<boolean> {
    const result = await this.model
      .updateOne(filter, withPendingEvents(update, events) as UpdateQuery<Record>)
      .exec();
    const matched = result.matchedCount > 0;
    if (matched) this.announceIf(filter._id, events);
    return matched;
  }

  private announceIf(aggregateId: string, events: readonly PendingEvent[]): void {
    if (events.length > 0) this.announcer.announce(this.collectionName, aggregateId);
  }
}
