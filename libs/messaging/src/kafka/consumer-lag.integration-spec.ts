import { HealthIndicatorService } from '@nestjs/terminus';
import { testEngines, uniqueName } from '@vetlink/testing';
import type { Admin, Producer } from 'kafkajs';
import type { KafkaEventServer } from '../nest/kafka-event.server';
import { consumerLag } from './consumer-lag';
import { createKafka } from './kafka-client';
import { KafkaReadiness } from './kafka.health';

describe('consumer lag (real broker from the launcher)', () => {
  const kafka = createKafka({ clientId: 'messaging-lag-it', brokers: testEngines.kafkaBrokers });
  const topic = uniqueName('it-lag');
  const groupId = uniqueName('it-lag-group');
  let admin: Admin;
  let producer: Producer;

  beforeAll(async () => {
    admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 2 }], waitForLeaders: true });
    producer = kafka.producer();
    await producer.connect();
    await producer.send({
      topic,
      messages: [0, 0, 0, 1, 1].map((partition, n) => ({ partition, value: `event ${n}` })),
    });
  });

  afterAll(async () => {
    await producer.disconnect();
    await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await admin.disconnect();
  });

  it('counts every message for a group that never committed, then what follows its committed offsets', async () => {
    expect(await consumerLag(admin, groupId, [topic])).toEqual({
      groupId,
      total: 5,
      topics: {
        [topic]: {
          lag: 5,
          partitions: [
            { partition: 0, lag: 3 },
            { partition: 1, lag: 2 },
          ],
        },
      },
    });
    await admin.setOffsets({ groupId, topic, partitions: [{ partition: 0, offset: '2' }] });
    await admin.setOffsets({ groupId, topic, partitions: [{ partition: 1, offset: '2' }] });
    const lag = await consumerLag(admin, groupId, [topic]);
    expect(lag.total).toBe(1);
    expect(lag.topics[topic]?.partitions).toEqual([
      { partition: 0, lag: 1 },
      { partition: 1, lag: 0 },
    ]);
  });

  it('shows in the Kafka readiness details of a service that consumes, which stays ready', async () => {
    const events = { consuming: () => ({ groupId, topics: [topic] }) } as unknown as KafkaEventServer;
    const readiness = new KafkaReadiness(new HealthIndicatorService(), kafka, undefined, events);
    try {
      const result = await readiness.isReady();
      expect(result['kafka']).toMatchObject({
        status: 'up',
        consumer: { groupId, total: 1, topics: { [topic]: { lag: 1 } } },
      });
    } finally {
      await readiness.onModuleDestroy();
    }
  });
});
