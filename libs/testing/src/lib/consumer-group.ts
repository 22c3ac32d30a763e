import { Kafka, logLevel } from 'kafkajs';

/** Creates the topics a fresh broker lacks, with the partitions the service would give them. */
export async function createMissingTopics(
  brokers: string[],
  topics: readonly string[],
  partitions = 3,
): Promise<void> {
  const admin = new Kafka({ clientId: 'test-topic-admin', brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = [...new Set(topics)].filter((topic) => !existing.has(topic));
    if (missing.length > 0) {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({ topic, numPartitions: partitions })),
      });
    }
  } finally {
    await admin.disconnect();
  }
}

/** Deletes a test's consumer group (offsets and all), so runs leave no groups behind on the broker. */
export async function deleteConsumerGroup(brokers: string[], groupId: string): Promise<void> {
  const admin = new Kafka({ clientId: 'test-group-admin', brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    await admin.deleteGroups([groupId]).catch(() => undefined);
  } finally {
    await admin.disconnect();
  }
}
