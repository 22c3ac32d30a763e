import type { RetryPolicy } from '../consumer/retry-policy';
import type { TopicSettings } from '../kafka/topic-admin';

/** Injection token of the service's kafkajs client. */
export const KAFKA = Symbol('KAFKA');
export const MESSAGING_SETTINGS = Symbol('MESSAGING_SETTINGS');

/** How the service consumes the events its `@HandleEvent` methods claim. */
export interface ConsumerSettings {
  /**
   * The consumer group without the service prefix (`read-model` → `matching.read-model`). Its offsets
   * and processed-event ledger are keyed by it: renaming it replays every topic from the start.
   */
  group: string;
  /** Partitions handled at once (default 1); one key's events always come one at a time, in order. */
  partitionsConsumedConcurrently?: number;
  /** Keys handled at once within one partition's fetched batch (default 1). */
  keysConsumedConcurrently?: number;
  retry?: RetryPolicy;
  /**
   * How long the broker holds an empty fetch (kafkajs' default 5000 ms when left out and
   * KAFKA_CONSUMER_MAX_WAIT_MS is unset). Stopping the service waits for the fetch in flight, so this
   * bounds a stop's wait; shorter means more idle fetch requests, not faster events.
   */
  maxWaitTimeInMs?: number;
}

export interface MessagingSettings {
  /** The service's name: Kafka client id, event producer name, prefix of its consumer group. */
  clientId: string;
  brokers: string[];
  /** Topics this service publishes to, created (with their dead-letter topics) at start-up; consumed topics follow from the handlers. */
  topics: readonly string[];
  topicSettings?: TopicSettings;
  /** Left out: group `events`, one partition and one key at a time. */
  consumer?: ConsumerSettings;
  /** How often the relay sweeps the collections for unannounced events (default 60 s). */
  outboxSweepIntervalMs?: number;
}

export const DEFAULT_TOPIC_SETTINGS: TopicSettings = { partitions: 3, replicationFactor: 1 };
