import type { OutboxBacklogReading } from '@vetlink/metrics';
import type { OutboxCollection } from './outbox-relay';
import { PENDING_EVENT_ID_PATH, PENDING_EVENTS_FIELD } from './pending-event';

/** Documents looked at per collection and scrape: a backlog beyond it reads as at least this many. */
export const BACKLOG_SCAN_LIMIT = 2_000;

/**
 * Events written in each collection's documents and not yet relayed (`vetlink_outbox_backlog`): the
 * documents that still hold pending events, their events counted. Normally none or a handful, since
 * the relay publishes an announced aggregate within milliseconds.
 */
export async function outboxBacklog(
  collections: readonly OutboxCollection[],
  limit = BACKLOG_SCAN_LIMIT,
): Promise<OutboxBacklogReading[]> {
  const readings: OutboxBacklogReading[] = [];
  for (const collection of collections) {
    const documents = await collection
      .find({ [PENDING_EVENT_ID_PATH]: { $exists: true } }, { projection: { [PENDING_EVENTS_FIELD]: 1 } })
      .limit(limit)
      .toArray();
    const value = documents.reduce((sum, document) => sum + (document[PENDING_EVENTS_FIELD]?.length ?? 0), 0);
    readings.push({ labels: { collection: collection.collectionName }, value });
  }
  return readings;
}
