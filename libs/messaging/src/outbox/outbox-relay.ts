import type { Logger } from 'pino';
import type { EventProducer } from '../kafka/event-producer';
import { HAS_PENDING_EVENTS_FIELD, PENDING_EVENTS_FIELD, PendingEvent } from './pending-event';

/** The slice of a MongoDB collection the relay needs (mongoose's `connection.collection(name)` fits). */
export interface OutboxCollection {
  collectionName: string;
  find(filter: object, options: object): { limit(count: number): { toArray(): Promise<OutboxDocument[]> } };
  updateOne(filter: object, update: object): Promise<{ modifiedCount: number }>;
  createIndex(spec: Record<string, 1 | -1>): Promise<string>;
}

export interface OutboxDocument {
  _id: unknown;
  [PENDING_EVENTS_FIELD]?: PendingEvent[];
}

export interface OutboxRelayOptions {
  pollIntervalMs?: number;
  batchSize?: number;
  logger: Logger;
  /** Called after Kafka acknowledged a batch and before it is marked sent (metrics; crash tests). */
  afterPublish?: (events: readonly PendingEvent[]) => void | Promise<void>;
}

/**
 * Publishes the events waiting in aggregate documents, then removes exactly those from their documents.
 * A crash between the two re-sends them on restart: delivery is at least once, and consumers drop the
 * repeats by event id, so the effect is exactly once. Per aggregate, events go out in the order written.
 */
export class OutboxRelay {
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private readonly pollIntervalMs: number;
  private readonly batchSize: number;

  constructor(
    private readonly collections: readonly OutboxCollection[],
    private readonly producer: EventProducer,
    private readonly options: OutboxRelayOptions,
  ) {
    this.pollIntervalMs = options.pollIntervalMs ?? 500;
    this.batchSize = options.batchSize ?? 200;
  }

  /** The index that keeps finding pending events cheap however large the collection grows. */
  async ensureIndexes(): Promise<void> {
    for (const collection of this.collections) await collection.createIndex({ [HAS_PENDING_EVENTS_FIELD]: 1 });
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Publishes soon after a write instead of waiting for the next poll. */
  nudge(): void {
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.nudge();
    await this.loop;
  }

  /** Publishes everything pending now; returns how many events went out. */
  async drain(): Promise<number> {
    let total = 0;
    for (const collection of this.collections) total += await this.drainCollection(collection);
    return total;
  }

  private async run(): Promise<void> {
    while (this.running) {
      let published = 0;
      try {
        published = await this.drain();
      } catch (error) {
        this.options.logger.warn({ err: error }, 'outbox relay: publishing failed, will retry');
      }
      if (published === 0 && this.running) await this.sleep();
    }
  }

  private async drainCollection(collection: OutboxCollection): Promise<number> {
    const documents = await collection
      .find({ [HAS_PENDING_EVENTS_FIELD]: true }, { projection: { [PENDING_EVENTS_FIELD]: 1 } })
      .limit(this.batchSize)
      .toArray();
    const events = documents.flatMap((document) => document[PENDING_EVENTS_FIELD] ?? []);
    if (events.length === 0) return 0;
    await this.producer.publish(events);
    await this.options.afterPublish?.(events);
    for (const document of documents) await this.markSent(collection, document);
    return events.length;
  }

  /**
   * When nothing was added since the read, empties the list and drops the flag in one write; otherwise
   * removes exactly the elements sent with $pullAll and leaves the newer ones (and the flag) for the
   * next round. (FerretDB 1.x silently ignores $pull with a condition on a nested field.)
   */
  private async markSent(collection: OutboxCollection, document: OutboxDocument): Promise<void> {
    const sent = document[PENDING_EVENTS_FIELD] ?? [];
    const cleared = await collection.updateOne(
      { _id: document._id, [PENDING_EVENTS_FIELD]: { $size: sent.length } },
      { $set: { [PENDING_EVENTS_FIELD]: [] }, $unset: { [HAS_PENDING_EVENTS_FIELD]: '' } },
    );
    if (cleared.modifiedCount === 1) return;
    const pulled = await collection.updateOne({ _id: document._id }, { $pullAll: { [PENDING_EVENTS_FIELD]: sent } });
    if (pulled.modifiedCount === 0) {
      this.options.logger.warn({ collection: collection.collectionName }, 'outbox relay: sent events were already cleared');
    }
  }

  private sleep(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, this.pollIntervalMs);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}
