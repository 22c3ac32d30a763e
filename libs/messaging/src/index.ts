export { createKafka } from './kafka/kafka-client';
export type { KafkaSettings } from './kafka/kafka-client';
export { kafkaClientConfig, kafkaSecurityFromEnv } from './kafka/kafka-client';
export { KafkaReadiness } from './kafka/kafka.health';
export { consumerLag, partitionLags } from './kafka/consumer-lag';
export type { ConsumerLag, PartitionLag } from './kafka/consumer-lag';
export { EventProducer } from './kafka/event-producer';
export { ensureTopics } from './kafka/topic-admin';
export type { TopicSettings } from './kafka/topic-admin';
export { startGroupAt, startGroupAtEnd } from './kafka/group-positions';
export type { GroupStart } from './kafka/group-positions';
export {
  toKafkaMessage,
  headerText,
  traceHeaders,
  EVENT_HEADERS,
  TRACE_HEADERS,
} from './kafka/kafka-message';
export {
  pendingEvent,
  withPendingEvents,
  initialPendingEvents,
  PENDING_EVENTS_FIELD,
  PENDING_EVENT_ID_PATH,
} from './outbox/pending-event';
export type { PendingEvent } from './outbox/pending-event';
export { OutboxRelay } from './outbox/outbox-relay';
export type { OutboxCollection, OutboxRelayOptions, OutboxBacklog } from './outbox/outbox-relay';
export { EventConsumer } from './consumer/event-consumer';
export type {
  EventHandler,
  EventBatchHandler,
  EventConsumerOptions,
  EventSource,
} from './consumer/event-consumer';
export { ProcessedEventLedger } from './consumer/processed-event-ledger';
export type { LedgerCollection } from './consumer/processed-event-ledger';
export { backoffDelayMs, DEFAULT_RETRY_POLICY } from './consumer/retry-policy';
export type { RetryPolicy } from './consumer/retry-policy';
export { triageMessage } from './consumer/message-triage';
export type { Triage, DeadLetterReason } from './consumer/message-triage';
export { DEAD_LETTER_HEADERS, deadLetterMessage } from './dead-letters/dead-letter-headers';
export { redriveDeadLetters } from './dead-letters/redrive';
export type { RedriveResult } from './dead-letters/redrive';
export { MessagingModule } from './nest/messaging.module';
export { OutboxRelayHost } from './nest/outbox-relay.host';
export { KAFKA } from './nest/tokens';
export type { MessagingSettings, ConsumerSettings } from './nest/tokens';
export { HandleEvent, HandleEventBatch } from './nest/handle-event.decorator';
export { EventContext } from './nest/event-context';
export { KafkaEventServer } from './nest/kafka-event.server';
export type { KafkaEventServerOptions } from './nest/kafka-event.server';
export { connectEventServer } from './nest/kafka-event-server.provider';
export { AggregateWriter } from './outbox/aggregate-writer';
export type { OutboxFields } from './outbox/aggregate-writer';
export { eventOrigin } from './events/event-origin';
