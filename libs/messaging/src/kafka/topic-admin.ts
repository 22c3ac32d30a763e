import type { Admin, Kafka } from 'kafkajs';
import { deadLetterTopicOf } from '@vetlink/contracts';

export interface TopicSettings {
  partitions: number;
  replicationFactor: number;
}

/**
 * Creates each topic and its dead-letter topic when missing (auto-creation is off in every
 * environment), with partitions and replication from configuration. Existing topics are left as they are.
 */
export async function ensureTopics(
  kafka: Kafka,
  topics: readonly string[],
  settings: TopicSettings,
): Promise<void> {
  // A broker that has just started (or just created a topic for another service) answers metadata
  // requests with "does not host this topic-partition" for a moment: that is worth waiting out.
  for (let attempt = 1; ; attempt++) {
    try {
      return await createMissingTopics(kafka, topics, settings);
    } catch (error) {
      if (attempt >= CREATE_ATTEMPTS || !isRetriable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.min(5000, 250 * 2 ** attempt)));
    }
  }
}

const CREATE_ATTEMPTS = 8;

function isRetriable(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { retriable?: boolean }).retriable === true;
}

async function createMissingTopics(
  kafka: Kafka,
  topics: readonly string[],
  settings: TopicSettings,
): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const all = [...new Set(topics.flatMap((topic) => [topic, deadLetterTopicOf(topic)]))];
    const wanted = all.filter((topic) => !existing.has(topic));
    if (wanted.length > 0) {
      await admin.createTopics({
        waitForLeaders: true,
        topics: wanted.map((topic) => ({
          topic,
          numPartitions: settings.partitions,
          replicationFactor: settings.replicationFactor,
        })),
      });
    }
    await requireLeaders(admin, all);
  } finally {
    await admin.disconnect();
  }
}

/**
 * A topic another service has just created is listed before every partition has a leader: consumers
 * and producers started then fail ("does not host this topic-partition"). Retriable until all have one.
 */
async function requireLeaders(admin: Admin, topics: readonly string[]): Promise<void> {
  const { topics: metadata } = await admin.fetchTopicMetadata({ topics: [...topics] });
  const leaderless = metadata.filter(({ partitions }) => partitions.some(({ leader }) => leader < 0));
  if (leaderless.length > 0) {
    throw Object.assign(new Error(`no leader yet for ${leaderless.map(({ name }) => name).join(', ')}`), {
      retriable: true,
    });
  }
}
