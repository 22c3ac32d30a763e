export { createKafka } from './lib/kafka-client';
export type { KafkaSettings } from './lib/kafka-client';
export { KafkaReadiness } from './lib/kafka.health';
export { MessagingModule } from './lib/messaging.module';
export { KAFKA } from './lib/tokens';
