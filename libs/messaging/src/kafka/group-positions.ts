import type { Admin, Kafka } from 'kafkajs';
import { KafkaJSNonRetriableError } from 'kafkajs';

/** Offsets on each partition of a topic: where a group starts reading. */
export interface GroupStart {
  topic: string;
  partitions: readonly { partition: number; offset: string }[];
}

/**
 * Commits a consumer group's offsets at the end of each topic (their high watermarks, real offsets),
 * so the group's first member reads only what is published from now on. Run before any member joins.
 * kafkajs' `resetOffsets` commits the symbolic -1 instead, which a consumer reading from the beginning
 * takes as "no offset" and replays the whole topic.
 */
export async function startGroupAtEnd(
  kafka: Kafka,
  groupId: string,
  topics: readonly string[],
): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  let ends: GroupStart[];
  try {
    ends = await Promise.all(
      [...new Set(topics)].map(async (topic) => ({
        topic,
        partitions: (await whileLeadersAreElected(() => admin.fetchTopicOffsets(topic))).map(
          ({ partition, high }) => ({ partition, offset: high }),
        ),
      })),
    );
  } finally {
    await admin.disconnect();
  }
  await startGroupAt(kafka, groupId, ends);
}

/**
 * Commits a consumer group's offsets at these positions, all topics in one join of the group, as its
 * only member; run before any member joins (a group with members is refused, as kafkajs'
 * `admin.setOffsets` refuses it). `setOffsets` joins once per topic and then idles a whole fetch wait
 * (5 s by default) with its topic paused: about 5 s a topic, 60 s for insights' 12. This takes well
 * under a second for any number of topics. Only the partitions named are committed.
 */
export async function startGroupAt(
  kafka: Kafka,
  groupId: string,
  positions: readonly GroupStart[],
): Promise<void> {
  const named = positions.filter(({ partitions }) => partitions.length > 0);
  if (named.length === 0) return;
  await refuseRunningGroup(kafka, groupId);
  const topics = [...new Set(named.map(({ topic }) => topic))];
  const offsets = named.flatMap(({ topic, partitions }) =>
    partitions.map(({ partition, offset }) => ({ topic, partition, offset })),
  );
  await commitAsOnlyMember(kafka, groupId, topics, offsets);
}

async function refuseRunningGroup(kafka: Kafka, groupId: string): Promise<void> {
  const admin: Admin = kafka.admin();
  await admin.connect();
  try {
    const { groups } = await admin.describeGroups([groupId]);
    const state = groups[0]?.state ?? 'Dead';
    if (state !== 'Empty' && state !== 'Dead')
      throw new KafkaJSNonRetriableError(
        `The consumer group must have no running instances, current state: ${state}`,
      );
  } finally {
    await admin.disconnect();
  }
}

/**
 * Joins the (empty) group, which assigns this member every partition, and commits the given offsets.
 * Nothing is handled: the topics are paused and no offset is resolved. The short fetch wait lets
 * `disconnect` (which waits for the fetch in flight) return at once; the member leaves the group
 * cleanly, so the next member joins without waiting for a session to expire.
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
 * A topic created a moment ago (by another process, which waited for its leaders while this one did
 * not) may not have its leaders yet: the broker answers with a retriable error for a while.
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
