import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { createLogger } from '@vetlink/logging';
import type { Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';
import { EventProducer } from '../kafka/event-producer';
import { ensureTopics } from '../kafka/topic-admin';
import { OutboxCollection, OutboxRelay } from '../outbox/outbox-relay';
import { KAFKA, MESSAGING_SETTINGS, MessagingSettings } from './tokens';

/**
 * Creates the service's topics at start-up, then runs the outbox relay for its aggregate collections.
 * Repositories call `announce(collection, aggregateId)` after a write with pending events, so that
 * they go out at once; the relay's sweeps catch anything a crash left unannounced.
 */
@Injectable()
export class OutboxRelayHost implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private relay?: OutboxRelay;

  constructor(
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(MESSAGING_SETTINGS) private readonly settings: MessagingSettings,
    private readonly producer: EventProducer,
    @InjectConnection() private readonly connection: Connection,
  ) {}

  async onApplicationBootstrap() {
    await ensureTopics(this.kafka, this.settings.topics, this.settings.topicSettings ?? { partitions: 3, replicationFactor: 1 });
    const collections = (this.settings.outboxCollections ?? []).map(
      (name) => this.connection.collection(name) as unknown as OutboxCollection,
    );
    if (collections.length === 0) return;
    this.relay = new OutboxRelay(collections, this.producer, {
      logger: createLogger({ service: this.settings.clientId }).child({ component: 'outbox-relay' }),
      sweepIntervalMs: this.settings.outboxSweepIntervalMs,
    });
    await this.relay.ensureIndexes();
    this.relay.start();
  }

  announce(collectionName: string, aggregateId: string): void {
    this.relay?.announce(collectionName, aggregateId);
  }

  /** Before the database connection closes, so that a write in flight completes. */
  async beforeApplicationShutdown() {
    await this.relay?.stop();
    await this.producer.disconnect();
  }
}
