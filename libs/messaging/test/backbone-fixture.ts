import { defineEvent, EventEnvelope, probeRecorded } from '@vetlink/contracts';
import { createLogger } from '@vetlink/logging';
import { testEngines, uniqueName } from '@vetlink/testing';
import type { Kafka } from 'kafkajs';
import mongoose, { Connection } from 'mongoose';
import { EventConsumer } from '../src/consumer/event-consumer';
import { LedgerCollection, ProcessedEventLedger } from '../src/consumer/processed-event-ledger';
import { RetryPolicy } from '../src/consumer/retry-policy';
import { EventProducer } from '../src/kafka/event-producer';
import { createKafka } from '../src/kafka/kafka-client';
import { ensureTopics } from '../src/kafka/topic-admin';

export const quietLogger = createLogger({ service: 'backbone-tests', level: 'silent' });

/**
 * A private world for one backbone test: its own topic (and dead-letter topic), its own database, and
 * consumers whose handler records each application of an event, so repeats would show.
 */
export class BackboneFixture {
  readonly topic = uniqueName('backbone.probe');
  readonly probe = defineEvent({ ...probeRecorded, topic: this.topic });
  readonly groupId = uniqueName('backbone-group');
  readonly database = uniqueName('it-backbone');
  readonly kafka: Kafka = createKafka({ clientId: 'backbone-tests', brokers: testEngines.kafkaBrokers });
  readonly producer = new EventProducer(this.kafka);
  connection!: Connection;
  private readonly consumers: EventConsumer[] = [];

  async setUp(): Promise<this> {
    await ensureTopics(this.kafka, [this.topic], { partitions: 3, replicationFactor: 1 });
    this.connection = await mongoose.createConnection(testEngines.mongoUri, { dbName: this.database }).asPromise();
    await this.producer.connect();
    return this;
  }

  async tearDown(): Promise<void> {
    await Promise.all(this.consumers.map((consumer) => consumer.stop()));
    await this.producer.disconnect();
    await this.connection.dropDatabase();
    await this.connection.close();
  }

  ledger(): ProcessedEventLedger {
    return new ProcessedEventLedger(this.connection.collection('processed_events') as unknown as LedgerCollection, this.groupId);
  }

  /** A consumer whose every handler run is counted per event id in the `applications` collection. */
  consumer(
    options: {
      retry?: RetryPolicy;
      keysConsumedConcurrently?: number;
      handler?: (event: EventEnvelope<{ probeId: string; sequence: number; note?: string }>) => Promise<void>;
    } = {},
  ): EventConsumer {
    const consumer = new EventConsumer({
      kafka: this.kafka,
      groupId: this.groupId,
      producer: this.producer,
      ledger: this.ledger(),
      logger: quietLogger,
      keysConsumedConcurrently: options.keysConsumedConcurrently,
      retry: options.retry ?? { attempts: 3, initialDelayMs: 10, maxDelayMs: 50 },
    }).on(this.probe, async (event) => {
      await options.handler?.(event);
      await this.connection
        .collection('applications')
        .updateOne({ _id: event.eventId as never }, { $inc: { times: 1 }, $set: { sequence: event.payload.sequence } }, { upsert: true });
    });
    this.consumers.push(consumer);
    return consumer;
  }

  async applications(): Promise<{ _id: string; times: number; sequence: number }[]> {
    return (await this.connection.collection('applications').find({}).toArray()) as never;
  }

  /** Every raw message on a topic, read by a throwaway group from the beginning. */
  async rawMessages(topic: string, expected: number, timeoutMs = 20_000) {
    const consumer = this.kafka.consumer({ groupId: uniqueName('raw-reader') });
    const messages: { headers: Record<string, string>; value: string }[] = [];
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    const done = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      void consumer.run({
        eachMessage: async ({ message }) => {
          const headers = Object.fromEntries(Object.entries(message.headers ?? {}).map(([name, value]) => [name, String(value)]));
          messages.push({ headers, value: message.value?.toString() ?? '' });
          if (messages.length >= expected) {
            clearTimeout(timer);
            resolve();
          }
        },
      });
    });
    await done;
    await consumer.disconnect();
    return messages;
  }
}
