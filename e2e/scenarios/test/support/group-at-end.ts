import { Kafka, logLevel } from 'kafkajs';

/**
 * Places a new consumer group at the ends of its topics, all topics in one join of the group. (kafkajs'
 * `admin.setOffsets`, which `startGroupAtEnd` of @vetlink/testing calls once per topic, joins the group
 * each time: about 5 s a topic, measured, and 40 s for notifications' 8 topics.) Run before the service
 * joins: the group must have no member.
 */
export async function placeGroupAtEnd(
  brokers: string[],
  groupId: string,
  topics: readonly string[],
): Promise<void> {
  const kafka = new Kafka({ clientId: 'e2e-group-at-end', brokers, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  const ends: { topic: string; partition: number; offset: string }[] = [];
  try {
    for (const topic of topics)
      for (const { partition, high } of await admin.fetchTopicOffsets(topic))
        ends.push({ topic, partition, offset: high });
  } finally {
    await admin.disconnect();
  }
  const consumer = kafka.consumer({ groupId });
  await consumer.connect();
  try {
    const joined = new Promise<void>((done) => consumer.on(consumer.events.GROUP_JOIN, () => done()));
    await consumer.subscribe({ topics: [...topics], fromBeginning: false });
    // Nothing is handled or committed but the ends below.
    await consumer.run({ autoCommit: false, eachBatchAutoResolve: false, eachBatch: async () => undefined });
    await joined;
    consumer.pause(topics.map((topic) => ({ topic })));
    await consumer.commitOffsets(ends);
  } finally {
    await consumer.disconnect();
  }
}
