/**
 * A real publishing process for the crash tests, killed with SIGKILL at chosen points.
 * MODE=write-then-hang   writes COUNT steps (state + pending events), reports, and waits to be killed
 * MODE=crash-after-send  runs the relay and kills itself after Kafka acknowledged, before marking sent
 * MODE=relay             runs the relay until nothing is pending, then exits
 */
import { probeRecorded, defineEvent } from '@vetlink/contracts';
import { testEngines } from '@vetlink/testing';
import mongoose from 'mongoose';
import { EventProducer } from '../src/kafka/event-producer';
import { createKafka } from '../src/kafka/kafka-client';
import { OutboxRelay } from '../src/outbox/outbox-relay';
import { quietLogger } from './backbone-fixture';
import { ProbeRepository } from './probe-repository';

async function main() {
  const { MODE, TOPIC, DATABASE, PROBE_ID, COUNT } = process.env as Record<string, string>;
  const probe = defineEvent({ ...probeRecorded, topic: TOPIC });
  const connection = await mongoose.createConnection(testEngines.mongoUri, { dbName: DATABASE }).asPromise();
  const repository = new ProbeRepository(connection, probe);
  const producer = new EventProducer(
    createKafka({ clientId: 'publisher-process', brokers: testEngines.kafkaBrokers }),
  );

  if (MODE === 'write-then-hang') {
    const eventIds: string[] = [];
    for (let sequence = 0; sequence < Number(COUNT); sequence++)
      eventIds.push(await repository.recordStep(PROBE_ID, sequence));
    process.stdout.write(`${JSON.stringify({ written: eventIds })}\n`);
    setInterval(() => undefined, 60_000);
    return;
  }

  const relay = new OutboxRelay([repository.collection()], producer, {
    logger: quietLogger,
    afterPublish: MODE === 'crash-after-send' ? () => void process.kill(process.pid, 'SIGKILL') : undefined,
  });
  while ((await relay.drain()) > 0);
  process.stdout.write(`${JSON.stringify({ drained: true })}\n`);
  await producer.disconnect();
  await connection.close();
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
