import { jobMatched, TOPICS } from '@vetlink/contracts';
import { createKafka, EventProducer } from '@vetlink/messaging';
import {
  createMissingTopics,
  deleteConsumerGroup,
  dropRedisKeys,
  dropTestDatabase,
  testEngines,
  uniqueName,
  waitFor,
} from '@vetlink/testing';
import mongoose, { Connection } from 'mongoose';
import type { ChildProcess } from 'node:child_process';
import { SERVICE_NAME } from '../src/service-name';
import { createEvent } from '@vetlink/contracts';
import { freshMatch } from './support/fixtures';
import { startNotificationsProcess } from './support/killable-process';

describe('notifications killed with SIGKILL mid-batch: after a restart every match is in the inbox exactly once', () => {
  const world = {
    DATABASE: uniqueName('it-notifications-crash'),
    GROUP: uniqueName('it-group'),
    PREFIX: uniqueName('it'),
  };
  const producer = new EventProducer(
    createKafka({ clientId: 'it-crash', brokers: testEngines.kafkaBrokers }),
  );
  let connection: Connection;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    await createMissingTopics(testEngines.kafkaBrokers, [TOPICS.jobMatches], 3);
    connection = await mongoose
      .createConnection(testEngines.mongoUri, { dbName: world.DATABASE })
      .asPromise();
  });

  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await producer.disconnect();
    await connection.close();
    await deleteConsumerGroup(testEngines.kafkaBrokers, `${SERVICE_NAME}.${world.GROUP}`);
    await dropTestDatabase(world.DATABASE);
    await dropRedisKeys(world.PREFIX);
  });

  it('finds every match once in the inbox, the notifications and the told ledger, and counts each unread once', async () => {
    const first = await startNotificationsProcess(world, true, children);
    const run = uniqueName('crash');
    const veterans = 20;
    // Only this run's veterans: job matches other runs publish meanwhile on the shared topic reach this
    // world's group too, and would count as doubles.
    const veteranIds = Array.from({ length: veterans }, (_, index) => `${run}-vet-${index}`);
    const mine = { userId: { $in: veteranIds } };
    const envelopes = Array.from({ length: 600 }, (_, index) =>
      createEvent(
        jobMatched,
        freshMatch(veteranIds[index % veterans] as string, new Date(), { jobId: `${run}-job-${index}` }),
        {
          producer: 'it-tests',
        },
      ),
    );
    await producer.publish(envelopes.map((envelope) => ({ topic: jobMatched.topic, envelope })));

    const inbox = connection.collection<{ _id: string; userId: string }>('inbox');
    // Killed once part of the events made inbox items and before all of them did.
    const seenBeforeKill = await waitFor(
      async () => {
        const count = await inbox.countDocuments(mine);
        return count > 0 ? count : undefined;
      },
      { what: 'a first inbox item', intervalMs: 20, timeoutMs: 120_000 },
    );
    first.kill('SIGKILL');
    expect(seenBeforeKill).toBeLessThan(envelopes.length);

    await startNotificationsProcess(world, false, children);
    // The told ledger is written after the inbox: wait for both, then a while longer for anything doubled to show.
    const told = connection.collection('told_jobs');
    const toldMine = { veteranId: { $in: veteranIds } };
    await waitFor(
      async () =>
        (await inbox.countDocuments(mine)) === envelopes.length &&
        (await told.countDocuments(toldMine)) === envelopes.length
          ? true
          : undefined,
      { what: 'every match in the inbox and the told ledger', timeoutMs: 240_000 },
    );
    await new Promise((settle) => setTimeout(settle, 3000));

    expect(await inbox.countDocuments(mine)).toBe(envelopes.length);
    expect(await connection.collection('notifications').countDocuments(mine)).toBe(envelopes.length);
    expect(await told.countDocuments(toldMine)).toBe(envelopes.length);
    expect(
      await connection
        .collection('deliveries')
        .countDocuments({ ...mine, channel: 'in-app', status: 'delivered' }),
    ).toBe(envelopes.length);
    const states = await connection
      .collection<{ _id: string; unread: string[] }>('inbox_state')
      .find({ _id: { $in: veteranIds } })
      .toArray();
    const unread = states.flatMap((state) => state.unread);
    expect(unread).toHaveLength(envelopes.length);
    expect(new Set(unread).size).toBe(envelopes.length);
  }, 400_000);
});
