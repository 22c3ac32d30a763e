import { defineEvent, probeRecorded } from '@vetlink/contracts';
import { testEngines, uniqueName } from '@vetlink/testing';
import type { Kafka } from 'kafkajs';
import mongoose, { Connection } from 'mongoose';
import { LedgerCollection, ProcessedEventLedger } from '../src/consumer/processed-event-ledger';
import { EventProducer } from '../src/kafka/event-producer';
import { createKafka } from '../src/kafka/kafka-client';
import { ensureTopics } from '../src/kafka/topic-admin';
import { ProbeConsumer, ProbeConsumerOptions } from './probe-consumer';

export { quietLogger } from './quiet-logger';

/**
 * A private world for one backbone test: its own topic (and dead-letter topic), its own database, and
 * consumers (on the Nest Kafka event transport) that record each application of an event, so repeats would show.
 */
export class BackboneFixture {
  readonly topic = uniqueName('backbone.probe');
  readonly probe = defineEvent({ ...probeRecorded, topic: this.topic });
  readonly groupId = uniqueName('backbone-group');
  readonly database = uniqueName('it-backbone');
  readonly kafka: Kafka = createKafka({ clientId: 'backbone-tests', brokers: testEngines.kafkaBrokers });
  readonly producer = new EventProducer(this.kafka);
  connection!: Connection;
  private readonly consumers: ProbeConsumer[] = [];

  async setUp(): Promise<this> {
    await ensureTopics(this.kafka, [this.topic], { partitions: 3, replicationFactor: 1 });
    this.connection = await mongoose
      .createConnection(testEngines.mongoUri, { dbName: this.database })
      .asPromise();
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
    return new ProcessedEventLedger(
      this.connection.collection('processed_events') as unknown as LedgerCollection,
      this.groupId,
    );
  }

  /** A consumer on the Nest Kafka event transport, counting every handler run per event id. */
  consumer(options: ProbeConsumerOptions = {}): ProbeConsumer {
    const consumer = new ProbeConsumer(this, options);
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
          const headers = Object.fromEntries(
            Object.entries(message.headers ?? {}).map(([name, value]) => [name, String(value)]),
          );
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
