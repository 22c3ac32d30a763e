import { Kafka, logLevel } from 'kafkajs';

/**
 * Commits a consumer group's offsets at the end of each topic before any member joins, so that a
 * service under test sees only the events its test publishes, not the history other runs left behind.
 * Real offsets: kafkajs' resetOffsets commits the symbolic -1, which a consumer reading from the
 * beginning takes as "no offset" and replays the whole topic.
 */
export async function startGroupAtEnd(
  brokers: string[],
  groupId: string,
  topics: readonly string[],
): Promise<void> {
  const admin = new Kafka({ clientId: 'test-group-admin', brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    for (const topic of topics) {
      const partitions = (await admin.fetchTopicOffsets(topic)).map(({ partition, high }) => ({
        partition,
        offset: high,
      }));
      await admin.setOffsets({ groupId, topic, partitions });
    }
  } finally {
    await admin.disconnect();
  }
}
