import { testEngines } from '@vetlink/testing';
import { Kafka, logLevel } from 'kafkajs';

/**
 * Where a consumer group stands on a topic, for handlers that keep no processed-event ledger (job
 * matches): "handled" is then "the group committed past it".
 */
const kafka = new Kafka({
  clientId: 'it-positions',
  brokers: testEngines.kafkaBrokers,
  logLevel: logLevel.NOTHING,
});

/** The end offset of each partition of the topic now: everything published so far lies below it. */
export async function topicEnds(topic: string): Promise<Map<number, number>> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const offsets = await admin.fetchTopicOffsets(topic);
    return new Map(offsets.map(({ partition, high }) => [partition, Number(high)]));
  } finally {
    await admin.disconnect();
  }
}

/** Whether the group has committed, on every partition, at least the offsets given. */
export async function committedPast(
  groupId: string,
  topic: string,
  ends: ReadonlyMap<number, number>,
): Promise<boolean> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
    const at = new Map(
      (committed?.partitions ?? []).map(({ partition, offset }) => [partition, Number(offset)]),
    );
    return [...ends].every(([partition, end]) => (at.get(partition) ?? -1) >= end);
  } finally {
    await admin.disconnect();
  }
}
