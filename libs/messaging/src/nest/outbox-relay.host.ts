import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { createLogger } from '@vetlink/logging';
import { outboxBacklogGauge } from '@vetlink/metrics';
import type { Kafka } from 'kafkajs';
import type { Connection, Model } from 'mongoose';
import { EventProducer } from '../kafka/event-producer';
import { ensureTopics } from '../kafka/topic-admin';
import { AggregateWriter, OutboxFields } from '../outbox/aggregate-writer';
import { outboxBacklog } from '../outbox/outbox-backlog';
import { OutboxBacklog, OutboxCollection, OutboxRelay } from '../outbox/outbox-relay';
import { DEFAULT_TOPIC_SETTINGS, KAFKA, MESSAGING_SETTINGS, MessagingSettings } from './tokens';

/**
 * Creates the service's topics at start-up, then runs the outbox relay for its aggregate collections:
 * those whose repositories made a writer with `writerFor(model)`. A writer announces each aggregate it
 * changed so that its events go out at once; the relay's sweeps catch anything a crash left unannounced.
 */
@Injectable()
export class OutboxRelayHost implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private relay?: OutboxRelay;
  private removeBacklogSource?: () => void;
  private readonly collectionNames = new Set<string>();

  constructor(
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(MESSAGING_SETTINGS) private readonly settings: MessagingSettings,
    private readonly producer: EventProducer,
    @InjectConnection() private readonly connection: Connection,
  ) {}

  /** A writer for an aggregate collection; its collection is relayed from start-up on. */
  writerFor<Record extends { _id: string } & OutboxFields>(model: Model<Record>): AggregateWriter<Record> {
    const writer = new AggregateWriter(model, this);
    this.collectionNames.add(writer.collectionName);
    return writer;
  }

  async onApplicationBootstrap() {
    await ensureTopics(
      this.kafka,
      this.settings.topics,
      this.settings.topicSettings ?? DEFAULT_TOPIC_SETTINGS,
    );
    if (this.collectionNames.size === 0) return;
    const collections = [...this.collectionNames].map(
      (name) => this.connection.collection(name) as unknown as OutboxCollection,
    );
    this.relay = new OutboxRelay(collections, this.producer, {
      logger: createLogger({ service: this.settings.clientId }).child({ component: 'outbox-relay' }),
      sweepIntervalMs: this.settings.outboxSweepIntervalMs,
    });
    await this.relay.ensureIndexes();
    this.relay.start();
    // vetlink_outbox_backlog, counted in the collections when Prometheus scrapes (at most every 15 s).
    this.removeBacklogSource = outboxBacklogGauge.addSource(() => outboxBacklog(collections), {
      ttlMs: 15_000,
      timeoutMs: 1_500,
    });
  }

  announce(collectionName: string, aggregateId: string): void {
    this.relay?.announce(collectionName, aggregateId);
  }

  /** How far behind the relay is; undefined when this service relays no collection. */
  backlog(): OutboxBacklog | undefined {
    return this.relay?.backlog();
  }

  /** Before the database connection closes, so that a write in flight completes. */
  async beforeApplicationShutdown() {
    this.removeBacklogSource?.();
    await this.relay?.stop();
    await this.producer.disconnect();
  }
}
