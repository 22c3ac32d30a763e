/**
 * Benchmark (not a test): N events (default 10,000) written through the outbox (state change + pending
 * event in one document write), published by the relay to Kafka, and applied by an idempotent consumer
 * (ledger in MongoDB). Prints write→applied latency percentiles and end-to-end throughput.
 *   SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register libs/messaging/bench/backbone-latency.ts [events] [aggregates] [rate|-] [batch]
 * `rate` (events per second, all writers together) paces the writes; without it (or `-`) writers go
 * flat out. `batch` applies events with a batch handler (`onBatch`, as `@HandleEventBatch` does).
 * Needs the engines: `bash deploy/local/vetlink up --engines-only`.
 */
import { defineEvent, probeRecorded } from '@vetlink/contracts';
import { createLogger } from '@vetlink/logging';
import { testEngines, uniqueName } from '@vetlink/testing';
import mongoose from 'mongoose';
import { EventConsumer } from '../src/consumer/event-consumer';
import { LedgerCollection, ProcessedEventLedger } from '../src/consumer/processed-event-ledger';
import { EventProducer } from '../src/kafka/event-producer';
import { createKafka } from '../src/kafka/kafka-client';
import { ensureTopics } from '../src/kafka/topic-admin';
import { OutboxCollection, OutboxRelay } from '../src/outbox/outbox-relay';
import { pendingEvent, withPendingEvents } from '../src/outbox/pending-event';

const total = Number(process.argv[2] ?? 10_000);
const aggregates = Number(process.argv[3] ?? 500);
const rate = process.argv[4] && process.argv[4] !== '-' ? Number(process.argv[4]) : null;
const batched = process.argv[5] === 'batch';
const writers = 4;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function main() {
  const logger = createLogger({ service: 'bench', level: 'error' });
  const topic = uniqueName('backbone.bench');
  const probe = defineEvent({ ...probeRecorded, topic });
  const kafka = createKafka({ clientId: 'bench', brokers: testEngines.kafkaBrokers });
  await ensureTopics(kafka, [topic], { partitions: 3, replicationFactor: 1 });
  // As deployed: the publishing service and the consuming service each have their own database and connection.
  const connection = await mongoose
    .createConnection(testEngines.mongoUri, { dbName: uniqueName('bench-publisher') })
    .asPromise();
  const consumerConnection = await mongoose
    .createConnection(testEngines.mongoUri, { dbName: uniqueName('bench-consumer') })
    .asPromise();
  const probes = connection.collection('probes');
  const producer = new EventProducer(kafka);
  const relay = new OutboxRelay([probes as unknown as OutboxCollection], producer, {
    logger,
    batchSize: 500,
  });
  await relay.ensureIndexes();

  const latencies: number[] = [];
  let lastAppliedAt = 0;
  let allApplied!: () => void;
  const done = new Promise<void>((resolve) => (allApplied = resolve));
  const ledger = new ProcessedEventLedger(
    consumerConnection.collection('processed_events') as unknown as LedgerCollection,
    'bench',
  );
  await ledger.ensureIndexes();
  const consumer = new EventConsumer({ kafka, groupId: uniqueName('bench'), producer, ledger, logger });
  const applied = (event: { occurredAt: string }) => {
    const now = Date.now();
    latencies.push(now - Date.parse(event.occurredAt));
    lastAppliedAt = now;
    if (latencies.length === total) allApplied();
  };
  if (batched)
    consumer.onBatch(probe, async (events) => {
      for (const event of events) applied(event);
    });
  else consumer.on(probe, async (event) => applied(event));
  await consumer.start();
  relay.start();

  const startedAt = Date.now();
  let next = 0;
  const writer = async () => {
    while (next < total) {
      const sequence = next++;
      if (rate !== null) {
        const due = startedAt + (sequence * 1000) / rate;
        if (due > Date.now()) await new Promise((resolve) => setTimeout(resolve, due - Date.now()));
      }
      const probeId = `probe-${sequence % aggregates}`;
      const event = pendingEvent(probe, { probeId, sequence }, { producer: 'bench' });
      await probes.updateOne(
        { _id: probeId as never },
        withPendingEvents({ $set: { lastSequence: sequence } }, [event]),
        { upsert: true },
      );
      relay.announce('probes', probeId);
    }
  };
  await Promise.all(Array.from({ length: writers }, writer));
  const writtenAt = Date.now();
  await done;

  latencies.sort((a, b) => a - b);
  const seconds = (lastAppliedAt - startedAt) / 1000;
  console.log(
    `events: ${total} over ${aggregates} aggregates, ${writers} concurrent writers, 3 partitions, ${rate === null ? 'written flat out' : `offered at ${rate}/s`}, ${batched ? 'batch handler' : 'one event at a time'}`,
  );
  console.log(`outbox writes: ${(total / ((writtenAt - startedAt) / 1000)).toFixed(0)} events/s`);
  console.log(
    `end-to-end throughput (first write → last applied): ${(total / seconds).toFixed(0)} events/s in ${seconds.toFixed(1)} s`,
  );
  console.log(
    `write → applied latency ms: p50 ${percentile(latencies, 50)}  p95 ${percentile(latencies, 95)}  p99 ${percentile(latencies, 99)}  max ${latencies[latencies.length - 1]}`,
  );

  await consumer.stop();
  await relay.stop();
  await producer.disconnect();
  await connection.dropDatabase();
  await connection.close();
  await consumerConnection.dropDatabase();
  await consumerConnection.close();
  const admin = kafka.admin();
  await admin.connect();
  await admin.deleteTopics({ topics: [topic, `${topic}.dlq`] });
  await admin.disconnect();
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(error);
    process.exit(1);
  },
);
