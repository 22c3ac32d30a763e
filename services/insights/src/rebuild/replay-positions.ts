import type { Admin } from 'kafkajs';

/** Offsets on each partition of each topic: where a replay starts, or the end it must reach. */
export interface TopicPositions {
  topic: string;
  partitions: { partition: number; offset: string }[];
}

/** Each topic's first (`low`: the oldest message kept) or next (`high`: the end) offset per partition. */
export async function topicEdges(
  admin: Admin,
  topics: readonly string[],
  edge: 'low' | 'high',
): Promise<TopicPositions[]> {
  return Promise.all(
    topics.map(async (topic) => ({
      topic,
      partitions: (await admin.fetchTopicOffsets(topic)).map((offsets) => ({
        partition: offsets.partition,
        offset: offsets[edge],
      })),
    })),
  );
}

/** The group's committed offsets on these topics (-1 where it never committed). */
export async function committedPositions(
  admin: Admin,
  groupId: string,
  topics: readonly string[],
): Promise<TopicPositions[]> {
  return admin.fetchOffsets({ groupId, topics: [...topics] });
}

function offsetsOf(positions: readonly TopicPositions[]): Map<string, number> {
  const offsets = new Map<string, number>();
  for (const { topic, partitions } of positions)
    for (const { partition, offset } of partitions) offsets.set(`${topic}/${partition}`, Number(offset));
  return offsets;
}

/**
 * How many messages lie between `from` and `to` on every partition `to` names: what a replay from `from`
 * still reads before it reaches `to`. A partition `from` does not name (or names with -1, never
 * committed) counts from `floor` (the replay's start), else from 0.
 */
export function messagesBetween(
  from: readonly TopicPositions[],
  to: readonly TopicPositions[],
  floor: readonly TopicPositions[] = [],
): number {
  const start = offsetsOf(from);
  const lowest = offsetsOf(floor);
  let total = 0;
  for (const [key, end] of offsetsOf(to)) {
    const committed = start.get(key) ?? -1;
    const begin = committed >= 0 ? Math.max(committed, lowest.get(key) ?? 0) : (lowest.get(key) ?? 0);
    total += Math.max(0, end - begin);
  }
  return total;
}
