import type { Logger } from 'pino';
import { createIndexesAtStartup } from '@vetlink/persistence';
import type { EventProducer } from '../kafka/event-producer';
import { PENDING_EVENT_ID_PATH, PENDING_EVENTS_FIELD, PendingEvent } from './pending-event';

/** The slice of a MongoDB collection the relay needs (mongoose's `connection.collection(name)` fits). */
export interface OutboxCollection {
  collectionName: string;
  find(filter: object, options: object): { limit(count: number): { toArray(): Promise<OutboxDocument[]> } };
  findOne(filter: object, options: object): Promise<OutboxDocument | null>;
  updateOne(filter: object, update: object): Promise<{ modifiedCount: number }>;
  createIndex(spec: Record<string, 1 | -1>): Promise<string>;
}

export interface OutboxDocument {
  _id: unknown;
  [PENDING_EVENTS_FIELD]?: PendingEvent[];
}

export interface OutboxRelayOptions {
  logger: Logger;
  /** How often to look through whole collections for events nobody announced (crashes, other instances). */
  sweepIntervalMs?: number;
  batchSize?: number;
  /** Called after Kafka acknowledged a batch and before it is marked sent (metrics; crash tests). */
  afterPublish?: (events: readonly PendingEvent[]) => void | Promise<void>;
}

/** How far behind the relay is: in health details, so that a relay falling behind is seen, not guessed. */
export interface OutboxBacklog {
  /** True when announced aggregates have waited longer than the lag threshold, or the last round failed. */
  behind: boolean;
  /** Aggregates announced and not yet published. */
  waitingAggregates: number;
  /** How long the oldest of them has waited (0 when none waits). */
  oldestWaitingMs: number;
  /** Events published since start-up. */
  published: number;
  lastPublishedAt: string | null;
  /** The last round's error, while publishing fails. */
  failing: string | null;
}

/** Waiting longer than this counts as behind (an announced event normally goes out within milliseconds). */
export const OUTBOX_BEHIND_AFTER_MS = 5_000;

interface Located {
  collection: OutboxCollection;
  document: OutboxDocument;
}

/**
 * Publishes the events waiting in aggregate documents, then removes exactly those from their documents.
 * A writer announces the aggregate it changed (`announce`), so its events go out at once with a lookup
 * by id; a sweep at start-up and every `sweepIntervalMs` finds what was never announced (a process that
 * died between its write and the send, or another instance's writes). A crash between the send and the
 * removal re-sends on restart: delivery is at least once, consumers drop repeats by event id, so the
 * effect is exactly once. Per aggregate, events go out in the order they were written.
 */
export class OutboxRelay {
  /** Per collection, the aggregates announced and when each was first announced (its wait). */
  private readonly announced = new Map<string, Map<string, number>>();
  private published = 0;
  private lastPublishedAt: Date | null = null;
  private failing: string | null = null;
  private readonly byName: Map<string, OutboxCollection>;
  private readonly sweepIntervalMs: number;
  private readonly batchSize: number;
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private lastSweepAt = 0;

  constructor(
    collections: readonly OutboxCollection[],
    private readonly producer: EventProducer,
    private readonly options: OutboxRelayOptions,
  ) {
    this.byName = new Map(collections.map((collection) => [collection.collectionName, collection]));
    this.sweepIntervalMs = options.sweepIntervalMs ?? 60_000;
    this.batchSize = options.batchSize ?? 200;
  }

  /** The index that makes sweeps cheap on MongoDB (FerretDB 1.x scans regardless). */
  async ensureIndexes(): Promise<void> {
    await createIndexesAtStartup(
      [...this.byName.values()].map(
        (collection) => () => collection.createIndex({ [PENDING_EVENT_ID_PATH]: 1 }),
      ),
    );
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Tells the relay that this aggregate (whose `_id` is this string) has new pending events, so they go out now. */
  announce(collectionName: string, aggregateId: string): void {
    if (!this.byName.has(collectionName))
      throw new Error(`outbox collection ${collectionName} is not registered`);
    const ids = this.announced.get(collectionName) ?? new Map<string, number>();
    if (!ids.has(aggregateId)) ids.set(aggregateId, Date.now());
    this.announced.set(collectionName, ids);
    this.wake?.();
  }

  /** How far behind it is (health details). */
  backlog(now = Date.now()): OutboxBacklog {
    let waitingAggregates = 0;
    let oldest = now;
    for (const ids of this.announced.values()) {
      waitingAggregates += ids.size;
      for (const announcedAt of ids.values()) oldest = Math.min(oldest, announcedAt);
    }
    const oldestWaitingMs = now - oldest;
    return {
      behind: this.failing !== null || oldestWaitingMs > OUTBOX_BEHIND_AFTER_MS,
      waitingAggregates,
      oldestWaitingMs,
      published: this.published,
      lastPublishedAt: this.lastPublishedAt?.toISOString() ?? null,
      failing: this.failing,
    };
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  /** Publishes everything pending in every collection now (start-up recovery, tools, tests). */
  async drain(): Promise<number> {
    let total = 0;
    for (const collection of this.byName.values()) {
      for (;;) {
        const documents = await collection
          .find({ [PENDING_EVENT_ID_PATH]: { $exists: true } }, { projection: { [PENDING_EVENTS_FIELD]: 1 } })
          .limit(this.batchSize)
          .toArray();
        if (documents.length === 0) break;
        total += await this.publish(documents.map((document) => ({ collection, document })));
      }
    }
    this.lastSweepAt = Date.now();
    return total;
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        if (Date.now() - this.lastSweepAt >= this.sweepIntervalMs) await this.drain();
        const published = await this.publishAnnounced();
        this.failing = null;
        if (published === 0) await this.sleep();
      } catch (error) {
        this.failing = (error as Error).message;
        this.options.logger.warn({ err: error }, 'outbox relay: publishing failed, will retry');
        await this.sleep(1000);
      }
    }
  }

  private async publishAnnounced(): Promise<number> {
    const taken: { collection: OutboxCollection; id: string; announcedAt: number }[] = [];
    for (const [name, ids] of this.announced) {
      const collection = this.byName.get(name) as OutboxCollection;
      for (const [id, announcedAt] of ids) {
        if (taken.length >= this.batchSize) break;
        ids.delete(id);
        taken.push({ collection, id, announcedAt });
      }
    }
    try {
      // Filters on _id alone: the only ones FerretDB 1.x answers from its index rather than a scan.
      // One after another: a batch sent at once would outwait a small pool's bounded wait queue.
      const located: Located[] = [];
      for (const { collection, id } of taken) {
        const document = await collection.findOne({ _id: id }, { projection: { [PENDING_EVENTS_FIELD]: 1 } });
        if (document?.[PENDING_EVENTS_FIELD]?.length) located.push({ collection, document });
      }
      return await this.publish(located);
    } catch (error) {
      for (const { collection, id, announcedAt } of taken)
        this.reannounce(collection.collectionName, id, announcedAt);
      throw error;
    }
  }

  /** Back in the queue with its first announcement time, so that its wait keeps counting. */
  private reannounce(collectionName: string, aggregateId: string, announcedAt: number): void {
    const ids = this.announced.get(collectionName) ?? new Map<string, number>();
    ids.set(aggregateId, Math.min(announcedAt, ids.get(aggregateId) ?? announcedAt));
    this.announced.set(collectionName, ids);
  }

  private async publish(located: readonly Located[]): Promise<number> {
    const events = located.flatMap(({ document }) => document[PENDING_EVENTS_FIELD] ?? []);
    if (events.length === 0) return 0;
    // One producer request per batch (split only by the broker's size limit), for many aggregates.
    await this.producer.publish(events);
    await this.options.afterPublish?.(events);
    // One $pullAll per document of the batch.
    for (const { collection, document } of located) await this.markSent(collection, document);
    this.published += events.length;
    this.lastPublishedAt = new Date();
    return events.length;
  }

  /**
   * Removes exactly the elements sent, leaving any written since the read for the next round: one
   * atomic write, filtered on _id alone. (FerretDB 1.x silently ignores $pull with a condition on a
   * nested field; $pullAll matches whole elements.)
   */
  private async markSent(collection: OutboxCollection, document: OutboxDocument): Promise<void> {
    await collection.updateOne(
      { _id: document._id },
      { $pullAll: { [PENDING_EVENTS_FIELD]: document[PENDING_EVENTS_FIELD] ?? [] } },
    );
  }

  private sleep(ms = this.sweepIntervalMs - (Date.now() - this.lastSweepAt)): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, Math.max(10, ms));
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}
