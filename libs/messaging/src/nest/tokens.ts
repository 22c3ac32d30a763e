import type { TopicSettings } from '../kafka/topic-admin';

/** Injection token of the service's kafkajs client. */
export const KAFKA = Symbol('KAFKA');
export const MESSAGING_SETTINGS = Symbol('MESSAGING_SETTINGS');

export interface MessagingSettings {
  /** The service's name: Kafka client id, event producer name, prefix of its consumer groups. */
  clientId: string;
  brokers: string[];
  /** Topics this service publishes to or consumes, created (with their dead-letter topics) at start-up. */
  topics: readonly string[];
  topicSettings?: TopicSettings;
  /** Collections whose documents carry pending events for the outbox relay. */
  outboxCollections?: readonly string[];
  /** How often the relay sweeps the collections for unannounced events (default 60 s). */
  outboxSweepIntervalMs?: number;
}
