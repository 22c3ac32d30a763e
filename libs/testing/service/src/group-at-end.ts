import { startGroupAtEnd as startKafkaGroupAtEnd } from '@vetlink/messaging';
import { Kafka, logLevel } from 'kafkajs';

/**
 * Commits a consumer group's offsets at the end of each topic before any member joins, so that a
 * service under test sees only the events its test publishes, not the history other runs left behind.
 * It is @vetlink/messaging's `startGroupAtEnd` (all topics in one join, well under a second), which
 * production's replays use too; it lives here, not in @vetlink/testing, because messaging's own tests
 * use @vetlink/testing.
 */
export async function startGroupAtEnd(
  brokers: string[],
  groupId: string,
  topics: readonly string[],
): Promise<void> {
  const kafka = new Kafka({ clientId: 'test-group-admin', brokers, logLevel: logLevel.NOTHING });
  await startKafkaGroupAtEnd(kafka, groupId, topics);
}
