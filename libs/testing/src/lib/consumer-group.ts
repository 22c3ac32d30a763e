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
      const offsets = await whileLeadersAreElected(() => admin.fetchTopicOffsets(topic));
      const partitions = offsets.map(({ partition, high }) => ({ partition, offset: high }));
      await whileLeadersAreElected(() => admin.setOffsets({ groupId, topic, partitions }));
    }
  } finally {
    await admin.disconnect();
  }
}

/**
 * A topic another test process created a moment ago may not have its leaders yet (its creator waited
 * for them, this process did not): the broker answers with a retriable error for a while.
 */
async function whileLeadersAreElected<T>(request: () => Promise<T>, attempts = 40): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await request();
    } catch (error) {
      const retriable = (error as { retriable?: boolean }).retriable === true;
      if (!retriable || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
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
