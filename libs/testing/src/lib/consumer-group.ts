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
 * All topics in one join of the group, as its only member: kafkajs' `admin.setOffsets` joins once per
 * topic and then idles a whole fetch wait (5 s) with its topic paused — 40 s for notifications' 8 topics.
 * Real offsets: kafkajs' resetOffsets commits the symbolic -1, which a consumer reading from the
 * beginning takes as "no offset" and replays the whole topic.
 */
export async function startGroupAtEnd(
  brokers: string[],
  groupId: string,
  topics: readonly string[],
): Promise<void> {
  const kafka = new Kafka({ clientId: 'test-group-admin', brokers, logLevel: logLevel.NOTHING });
  const distinct = [...new Set(topics)];
  const ends: { topic: string; partition: number; offset: string }[] = [];
  const admin = kafka.admin();
  await admin.connect();
  try {
    for (const topic of distinct) {
      const offsets = await whileLeadersAreElected(() => admin.fetchTopicOffsets(topic));
      for (const { partition, high } of offsets) ends.push({ topic, partition, offset: high });
    }
  } finally {
    await admin.disconnect();
  }
  if (ends.length > 0) await commitAsOnlyMember(kafka, groupId, distinct, ends);
}

/**
 * Joins the (empty) group, which assigns this member every partition, and commits the given offsets.
 * Nothing is handled: the topics are paused and no offset is resolved. The short fetch wait lets
 * `disconnect` (which waits for the fetch in flight) return at once; the member leaves the group
 * cleanly, so the service's consumer joins without waiting for a session to expire.
 */
async function commitAsOnlyMember(
  kafka: Kafka,
  groupId: string,
  topics: string[],
  offsets: { topic: string; partition: number; offset: string }[],
): Promise<void> {
  const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 50, allowAutoTopicCreation: false });
  const joined = new Promise<void>((resolve, reject) => {
    consumer.on(consumer.events.GROUP_JOIN, () => resolve());
    consumer.on(consumer.events.CRASH, ({ payload }) => reject(payload.error));
  });
  joined.catch(() => undefined); // awaited below; a failed connect must not leave it unhandled
  await consumer.connect();
  try {
    await whileLeadersAreElected(() => consumer.subscribe({ topics, fromBeginning: false }));
    await consumer.run({ autoCommit: false, eachBatchAutoResolve: false, eachBatch: async () => undefined });
    await joined;
    consumer.pause(topics.map((topic) => ({ topic })));
    await consumer.commitOffsets(offsets);
  } finally {
    await consumer.disconnect();
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
