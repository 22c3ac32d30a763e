import { testEngines, uniqueName } from '@vetlink/testing';
import { Consumer, Producer } from 'kafkajs';
import { createKafka } from './kafka-client';

describe('Kafka (real broker from the launcher)', () => {
  const kafka = createKafka({ clientId: 'messaging-integration', brokers: testEngines.kafkaBrokers });
  const topic = uniqueName('it-roundtrip');
  let producer: Producer;
  let consumer: Consumer;

  beforeAll(async () => {
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: true });
    await admin.disconnect();
    producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    consumer = kafka.consumer({ groupId: uniqueName('it-group') });
    await Promise.all([producer.connect(), consumer.connect()]);
  });

  afterAll(async () => {
    await consumer.disconnect();
    await producer.disconnect();
  });

  it('delivers what a producer sends, with its key, headers and per-key order', async () => {
    const received: { key?: string; value?: string; header?: string }[] = [];
    await consumer.subscribe({ topic, fromBeginning: true });
    const allReceived = new Promise<void>((resolve) => {
      void consumer.run({
        eachMessage: async ({ message }) => {
          received.push({
            key: message.key?.toString(),
            value: message.value?.toString(),
            header: message.headers?.['trace']?.toString(),
          });
          if (received.length === 5) resolve();
        },
      });
    });
    await producer.send({
      topic,
      messages: [1, 2, 3, 4, 5].map((n) => ({
        key: 'job-42',
        value: `event ${n}`,
        headers: { trace: `t${n}` },
      })),
    });
    await allReceived;
    expect(received.map((message) => message.value)).toEqual([
      'event 1',
      'event 2',
      'event 3',
      'event 4',
      'event 5',
    ]);
    expect(received.every((message) => message.key === 'job-42')).toBe(true);
    expect(received[0]?.header).toBe('t1');
  });
});
