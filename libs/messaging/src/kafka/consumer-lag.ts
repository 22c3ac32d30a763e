import type { Admin } from 'kafkajs';

export interface PartitionLag {
  partition: number;
  /** Messages on the partition after the group's committed offset. */
  lag: number;
}

export interface ConsumerLag {
  groupId: string;
  /** Messages the group has yet to consume, over every topic it reads. */
  total: number;
  topics: Record<string, { lag: number; partitions: PartitionLag[] }>;
}

interface PartitionOffsets {
  partition: number;
  /** The log's end: the offset the next message will get. */
  high: string;
  /** The log's start (older messages were deleted by retention). */
  low: string;
}

/**
 * How far behind a consumer group is on one topic, per partition: the log's end minus the group's
 * committed offset. A partition the group never committed on counts from the log's start (what a new
 * group reading from the beginning still has to read); a committed offset that retention overtook
 * counts from the start too.
 */
export function partitionLags(
  logs: readonly PartitionOffsets[],
  committed: readonly { partition: number; offset: string }[],
): PartitionLag[] {
  const committedOf = new Map(committed.map(({ partition, offset }) => [partition, Number(offset)]));
  return logs
    .map(({ partition, high, low }) => {
      const end = Number(high);
      const start = Number(low);
      const offset = committedOf.get(partition) ?? -1;
      const from = offset < 0 ? start : Math.max(offset, start);
      return { partition, lag: Math.max(0, end - from) };
    })
    .sort((a, b) => a.partition - b.partition);
}

/** The group's lag on each of its topics, read from the brokers (two admin requests per topic). */
export async function consumerLag(
  admin: Admin,
  groupId: string,
  topics: readonly string[],
): Promise<ConsumerLag> {
  const committed = await admin.fetchOffsets({ groupId, topics: [...topics] });
  const byTopic: ConsumerLag['topics'] = {};
  let total = 0;
  for (const topic of topics) {
    const logs = await admin.fetchTopicOffsets(topic);
    const partitions = partitionLags(
      logs,
      committed.find((entry) => entry.topic === topic)?.partitions ?? [],
    );
    const lag = partitions.reduce((sum, { lag: partitionLag }) => sum + partitionLag, 0);
    byTopic[topic] = { lag, partitions };
    total += lag;
  }
  return { groupId, total, topics: byTopic };
}
