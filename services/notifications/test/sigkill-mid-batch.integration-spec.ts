import { createEvent, EventEnvelope, jobMatched, jobTold, TOPICS } from '@vetlink/contracts';
import { consumerLag, createKafka, EventProducer } from '@vetlink/messaging';
import {
  createMissingTopics,
  deleteConsumerGroup,
  dropRedisKeys,
  dropTestDatabase,
  EventCollector,
  testEngines,
  uniqueName,
  waitFor,
} from '@vetlink/testing';
import { stopped } from '@vetlink/testing/service';
import mongoose, { Connection } from 'mongoose';
import type { ChildProcess } from 'node:child_process';
import { deliveryIdOf } from '../src/delivery/domain/channel';
import { notificationIdOf } from '../src/notifications/use-cases/notify';
import { SERVICE_NAME } from '../src/service-name';
import { jobMatchedTemplate } from '../src/templates/domain/job-matched.template';
import { freshMatch } from './support/fixtures';
import { startNotificationsProcess } from './support/killable-process';

/**
 * Issue 14: thousands of job matches, the service killed with SIGKILL while it writes them (some inbox
 * items there, not all), restarted on the same database and consumer group. Every match must end up
 * exactly once in each record the service keeps once per match, and the consumer must catch up.
 *
 * Why the kill lands mid-run: an envelope is ~2.5 KB, so a fetched partition batch holds a few hundred
 * matches (kafkajs fetches 1 MB per partition) and the 3,000 matches take several batches, each written
 * inbox-first. The count goes 0 → a few hundred → … → 3,000 in steps, and the test waits for a count
 * strictly between, then checks after the kill that the count is still below the total.
 */
const MATCHES = 3000;
const VETERANS = 300; // 10 matches each, under the daily cap of 50 the process is given

interface Published {
  notificationId: string;
  veteranId: string;
  jobId: string;
  eventId: string;
}

describe('notifications killed with SIGKILL inside a batch of 3,000 job matches', () => {
  const world = {
    DATABASE: uniqueName('it-notifications-sigkill'),
    GROUP: uniqueName('it-group'),
    PREFIX: uniqueName('it'),
  };
  const groupId = `${SERVICE_NAME}.${world.GROUP}`;
  const kafka = createKafka({ clientId: 'it-sigkill', brokers: testEngines.kafkaBrokers });
  const producer = new EventProducer(kafka);
  const told = new EventCollector(testEngines.kafkaBrokers, [TOPICS.notifications]);
  const children: ChildProcess[] = [];
  let connection: Connection;

  beforeAll(async () => {
    await createMissingTopics(testEngines.kafkaBrokers, [TOPICS.jobMatches, TOPICS.notifications], 3);
    connection = await mongoose
      .createConnection(testEngines.mongoUri, { dbName: world.DATABASE })
      .asPromise();
    await told.start();
  });

  afterAll(async () => {
    for (const child of children) await stopped(child, 'SIGKILL');
    await Promise.all([producer.disconnect(), told.stop()]);
    await connection.close();
    await deleteConsumerGroup(testEngines.kafkaBrokers, groupId);
    await dropTestDatabase(world.DATABASE);
    await dropRedisKeys(world.PREFIX);
  });

  it('finds every match exactly once in the inbox, notifications, deliveries, told ledger and its events, push counts and unread sets', async () => {
    const first = await startNotificationsProcess(world, true, children);
    const run = uniqueName('sigkill');
    // Only this run's veterans count: other runs' job matches on the shared topic reach this group too.
    const veteranIds = Array.from({ length: VETERANS }, (_, index) => `${run}-vet-${index}`);
    const mine = { userId: { $in: veteranIds } };
    const published: Published[] = [];
    const envelopes: EventEnvelope[] = [];
    for (let index = 0; index < MATCHES; index++) {
      const veteranId = veteranIds[index % VETERANS] as string;
      const jobId = `${run}-job-${index}`;
      const envelope = createEvent(jobMatched, freshMatch(veteranId, new Date(), { jobId }), {
        producer: 'it-tests',
      });
      envelopes.push(envelope);
      const notificationId = notificationIdOf(jobMatchedTemplate.type, envelope.payload.matchId);
      published.push({ notificationId, veteranId, jobId, eventId: envelope.eventId });
    }
    await producer.publish(envelopes.map((envelope) => ({ topic: jobMatched.topic, envelope })));

    const inbox = connection.collection<{ _id: string; userId: string; jobIds?: string[] }>('inbox');
    await waitFor(
      async () => {
        const count = await inbox.countDocuments(mine);
        return count > 0 && count < MATCHES ? count : undefined;
      },
      { what: 'some of the inbox items written and not all', intervalMs: 20, timeoutMs: 300_000 },
    );
    await stopped(first, 'SIGKILL');
    // The premise: the process died with work left (a later batch, or the rest of this one).
    const afterKill = await inbox.countDocuments(mine);
    expect(afterKill).toBeGreaterThan(0);
    expect(afterKill).toBeLessThan(MATCHES);

    await startNotificationsProcess(world, false, children);
    const notifications = connection.collection<{ _id: string; decision: { kind: string } }>('notifications');
    const deliveries = connection.collection<{ _id: string; channel: string; status: string }>('deliveries');
    const toldJobs = connection.collection<{
      _id: string;
      notificationId: string;
      history: unknown[];
      pendingEvents?: unknown[];
    }>('told_jobs');
    const ledger = connection.collection<{ _id: string }>('processed_events');
    const ledgerIds = published.map(({ eventId }) => `${groupId}/${eventId}`);
    await waitFor(
      async () =>
        (await inbox.countDocuments(mine)) === MATCHES &&
        (await deliveries.countDocuments({ ...mine, channel: 'in-app', status: 'delivered' })) === MATCHES &&
        (await toldJobs.countDocuments({ veteranId: { $in: veteranIds } })) === MATCHES &&
        (await toldJobs.countDocuments({
          veteranId: { $in: veteranIds },
          'pendingEvents.envelope.eventId': { $exists: true },
        })) === 0 &&
        (await ledger.countDocuments({ _id: { $in: ledgerIds } })) === MATCHES &&
        (await lagOnMatches()) === 0 &&
        toldPairs(told, veteranIds).size === MATCHES
          ? true
          : undefined,
      {
        what: 'every match handled, delivered, told and its told event published, and the group caught up',
        intervalMs: 1000,
        timeoutMs: 600_000,
      },
    );

    const expectedIds = published.map(({ notificationId }) => notificationId).sort();
    const byId = new Map(published.map((match) => [match.notificationId, match]));
    const byJob = new Map(published.map((match) => [match.jobId, match]));

    // Inbox: exactly the published matches, each once, for its veteran and job.
    const items = await inbox.find(mine, { projection: { userId: 1, jobIds: 1 } }).toArray();
    expect(items.map((item) => item._id).sort()).toEqual(expectedIds);
    for (const item of items) {
      const match = byId.get(item._id) as Published;
      expect({ userId: item.userId, jobIds: item.jobIds }).toEqual({
        userId: match.veteranId,
        jobIds: [match.jobId],
      });
    }
    expect(new Set(items.map((item) => `${item.userId}|${item.jobIds?.[0]}`)).size).toBe(MATCHES);

    // Notifications: one per match, each delivered (none suppressed as "already told" by its own repeat).
    const made = await notifications.find(mine, { projection: { decision: 1 } }).toArray();
    expect(made.map((notification) => notification._id).sort()).toEqual(expectedIds);
    expect(made.filter((notification) => notification.decision.kind !== 'deliver')).toEqual([]);

    // In-app deliveries: one per notification, delivered.
    const inApp = await deliveries
      .find({ ...mine, channel: 'in-app' }, { projection: { status: 1 } })
      .toArray();
    expect(inApp.map((delivery) => delivery._id).sort()).toEqual(
      expectedIds.map((id) => deliveryIdOf(id, 'in-app')).sort(),
    );
    expect(inApp.filter((delivery) => delivery.status !== 'delivered')).toEqual([]);

    // Told ledger: one entry per (veteran, job), told once, by its own notification, nothing left to publish.
    const entries = await toldJobs
      .find(
        { veteranId: { $in: veteranIds } },
        { projection: { notificationId: 1, history: 1, pendingEvents: 1 } },
      )
      .toArray();
    expect(entries.map((entry) => entry._id).sort()).toEqual(
      published.map(({ veteranId, jobId }) => `${veteranId}|${jobId}`).sort(),
    );
    for (const entry of entries) {
      const [veteranId, jobId] = entry._id.split('|');
      const match = byJob.get(jobId as string) as Published;
      expect({
        veteranId,
        notificationId: entry.notificationId,
        versions: entry.history.length,
        unpublished: entry.pendingEvents?.length ?? 0,
      }).toEqual({
        veteranId: match.veteranId,
        notificationId: match.notificationId,
        versions: 1,
        unpublished: 0,
      });
    }

    // notifications.job-told: one event id per (veteran, job); a resend after the crash reuses it.
    const eventIdsByPair = toldPairs(told, veteranIds);
    expect([...eventIdsByPair.values()].filter((eventIds) => eventIds.size !== 1)).toEqual([]);

    // Daily push counts: each veteran's pushes counted once (a redelivered batch adds no id twice).
    const counts = await connection
      .collection<{ userId: string; notificationIds: string[] }>('push_counts')
      .find(mine)
      .toArray();
    const counted = counts.flatMap((count) => count.notificationIds);
    expect(counted.sort()).toEqual(expectedIds);

    // Unread sets: every item unread, once.
    const states = await connection
      .collection<{ _id: string; unread: string[] }>('inbox_state')
      .find({ _id: { $in: veteranIds } })
      .toArray();
    expect(states.flatMap((state) => state.unread).sort()).toEqual(expectedIds);

    // The consumer: every match in its ledger once (its offsets were past them all in the wait above).
    expect((await ledger.find({ _id: { $in: ledgerIds } }).toArray()).map(({ _id }) => _id).sort()).toEqual(
      [...ledgerIds].sort(),
    );
  }, 900_000);

  async function lagOnMatches(): Promise<number> {
    const admin = kafka.admin();
    await admin.connect();
    try {
      return (await consumerLag(admin, groupId, [TOPICS.jobMatches])).total;
    } finally {
      await admin.disconnect();
    }
  }
});

/** The job-told events seen for these veterans: their event ids by `veteranId|jobId`. */
function toldPairs(collector: EventCollector, veteranIds: readonly string[]): Map<string, Set<string>> {
  const veterans = new Set(veteranIds);
  const pairs = new Map<string, Set<string>>();
  for (const { envelope } of collector.ofType(jobTold.type)) {
    if (!veterans.has(envelope.payload.veteranId)) continue;
    const key = `${envelope.payload.veteranId}|${envelope.payload.jobId}`;
    pairs.set(key, (pairs.get(key) ?? new Set()).add(envelope.eventId));
  }
  return pairs;
}
