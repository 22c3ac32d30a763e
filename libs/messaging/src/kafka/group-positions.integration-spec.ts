import { testEngines, uniqueName } from '@vetlink/testing';
import type { Admin, Consumer, Producer } from 'kafkajs';
import { startGroupAt, startGroupAtEnd } from './group-positions';
import { createKafka } from './kafka-client';

describe('placing a consumer group before it joins (real broker from the launcher)', () => {
  const kafka = createKafka({ clientId: 'messaging-group-positions-it', brokers: testEngines.kafkaBrokers });
  const topics = [uniqueName('it-positions-a'), uniqueName('it-positions-b')];
  let admin: Admin;
  let producer: Producer;

  beforeAll(async () => {
    admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      topics: topics.map((topic) => ({ topic, numPartitions: 2 })),
      waitForLeaders: true,
    });
    producer = kafka.producer();
    await producer.connect();
    for (const topic of topics)
      await producer.send({
        topic,
        messages: [0, 0, 0, 1].map((partition, n) => ({ partition, value: `event ${n}` })),
      });
  });

  afterAll(async () => {
    await producer.disconnect();
    await admin.deleteTopics({ topics }).catch(() => undefined);
    await admin.disconnect();
  });

  const committed = async (groupId: string) =>
    (await admin.fetchOffsets({ groupId, topics })).map(({ topic, partitions }) => ({
      topic,
      offsets: [...partitions].sort((a, b) => a.partition - b.partition).map(({ offset }) => offset),
    }));

  it('commits every topic at its end (real offsets), in well under a second, and leaves the group empty', async () => {
    const groupId = uniqueName('it-positions-end');
    const began = Date.now();
    await startGroupAtEnd(kafka, groupId, topics);
    expect(Date.now() - began).toBeLessThan(3000);
    expect(await committed(groupId)).toEqual(topics.map((topic) => ({ topic, offsets: ['3', '1'] })));
    const { groups } = await admin.describeGroups([groupId]);
    expect(groups[0]?.state).toBe('Empty');
    expect(groups[0]?.members).toHaveLength(0);
    await admin.deleteGroups([groupId]);
  });

  it('commits the positions given, only the partitions named', async () => {
    const groupId = uniqueName('it-positions-at');
    const [first, second] = topics as [string, string];
    await startGroupAt(kafka, groupId, [
      { topic: first, partitions: [{ partition: 0, offset: '1' }] },
      {
        topic: second,
        partitions: [
          { partition: 0, offset: '2' },
          { partition: 1, offset: '0' },
        ],
      },
    ]);
    expect(await committed(groupId)).toEqual([
      { topic: first, offsets: ['1', '-1'] },
      { topic: second, offsets: ['2', '0'] },
    ]);
    await admin.deleteGroups([groupId]);
  });

  it('refuses a group that has a member, as admin.setOffsets does', async () => {
    const groupId = uniqueName('it-positions-running');
    const member: Consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 100 });
    const joined = new Promise<void>((resolve) => member.on(member.events.GROUP_JOIN, () => resolve()));
    await member.connect();
    await member.subscribe({ topics, fromBeginning: false });
    await member.run({ autoCommit: false, eachMessage: async () => undefined });
    await joined;
    try {
      await expect(startGroupAtEnd(kafka, groupId, topics)).rejects.toThrow(/no running instances/);
    } finally {
      await member.disconnect();
    }
    await admin.deleteGroups([groupId]).catch(() => undefined);
  });
});
