import { Kafka, Message, Partitioners, Producer } from 'kafkajs';
import { toKafkaMessage } from './kafka-message';
import type { PendingEvent } from '../outbox/pending-event';
import { chunksForRequests } from './request-chunks';
import { sendSpans } from './send-spans';

/**
 * An idempotent producer: broker-side de-duplication of retried sends within a session, acks from all
 * in-sync replicas, one request in flight so that per-partition order survives retries.
 */
export class EventProducer {
  private readonly producer: Producer;
  private connected?: Promise<void>;

  constructor(kafka: Kafka) {
    this.producer = kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
  }

  connect(): Promise<void> {
    this.connected ??= this.producer.connect();
    return this.connected;
  }

  async disconnect(): Promise<void> {
    if (!this.connected) return;
    this.connected = undefined;
    await this.producer.disconnect();
  }

  /**
   * Sends events in order, in requests small enough for the broker's message size limit;
   * resolves once every one is acknowledged. Traced, each message carries its send span's `traceparent`.
   */
  async publish(events: readonly PendingEvent[]): Promise<void> {
    await this.connect();
    const spans = sendSpans(events);
    try {
      for (const chunk of chunksForRequests(
        events.map(({ topic, envelope }, index) => ({
          topic,
          message: toKafkaMessage(envelope, spans.carriers[index]),
        })),
      )) {
        const byTopic = new Map<string, Message[]>();
        for (const { topic, message } of chunk) byTopic.set(topic, [...(byTopic.get(topic) ?? []), message]);
        await this.producer.sendBatch({
          acks: -1,
          topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })),
        });
      }
      spans.end();
    } catch (error) {
      spans.end(error);
      throw error;
    }
  }

  /** Raw send for dead letters and re-drives, which carry their original bytes and headers. */
  async sendRaw(topic: string, messages: Message[]): Promise<void> {
    await this.connect();
    await this.producer.send({ topic, acks: -1, messages });
  }
}
