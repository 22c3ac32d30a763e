/**
 * Event-to-inbox benchmark: publishes `matching.job-matched` events to Kafka and measures until each is
 * an item in its veteran's inbox, through the whole path (consumer and its ledger, preferences, told
 * ledger with its outbox event, notification and delivery records, BullMQ, the in-app worker, the inbox).
 *
 *   SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register services/notifications/bench/event-to-inbox.ts [events] [veterans] [rate]
 *
 * `rate` (events per second) paces publishing; without it all events are published at once (a burst).
 * Also prints the database commands the service sent per event, by command and collection (the driver's
 * command monitoring, switched on in the connection string), which is where a batch's cost shows.
 * Needs the engines (`deploy/local/vetlink up --engines-only`). Prints figures; never fails on time.
 */
import { createEvent, EventEnvelope, jobMatched } from '@vetlink/contracts';
import { uniqueName } from '@vetlink/testing';
import { EventProducer, createKafka } from '@vetlink/messaging';
import { testEngines } from '@vetlink/testing';
import { startApp } from '../test/support/app-harness';
import { freshMatch } from '../test/support/fixtures';

interface InboxRow {
  _id: string;
  userId: string;
  createdAt: Date;
  deliveredAt: Date;
}

async function main() {
  const events = Number(process.argv[2] ?? 600);
  const veterans = Number(process.argv[3] ?? 100);
  const rate = process.argv[4] ? Number(process.argv[4]) : null;
  if (events / veterans > 50) throw new Error('at most 50 events per veteran (the largest daily cap)');

  testEngines.mongoUri = withCommandMonitoring(testEngines.mongoUri);
  const harness = await startApp({
    service: { JOB_PUSH_DAILY_CAP: 50, LOG_LEVEL: 'error', DELIVERY_CONCURRENCY: 8 },
  });
  const commands = new Map<string, number>();
  harness.connection.getClient().on('commandStarted', ({ commandName, command }) => {
    const target = command[commandName];
    const key = `${commandName} ${typeof target === 'string' ? target : ''}`.trim();
    commands.set(key, (commands.get(key) ?? 0) + 1);
  });
  const producer = new EventProducer(
    createKafka({ clientId: 'bench-producer', brokers: testEngines.kafkaBrokers }),
  );
  await producer.connect();
  try {
    const run = uniqueName('bench');
    const now = harness.clock.now();
    const envelopes: EventEnvelope[] = [];
    for (let index = 0; index < events; index++) {
      const veteranId = `${run}-vet-${index % veterans}`;
      envelopes.push(
        createEvent(jobMatched, freshMatch(veteranId, now, { jobId: `${run}-job-${index}` }), {
          producer: 'bench',
        }),
      );
    }

    const publishedAt = new Map<string, number>();
    commands.clear(); // from here on: the service's commands, and this script's polls of the inbox
    const started = Date.now();
    if (rate === null) {
      for (const envelope of envelopes)
        publishedAt.set((envelope.payload as { matchId: string }).matchId, Date.now());
      await producer.publish(envelopes.map((envelope) => ({ topic: jobMatched.topic, envelope })));
    } else {
      for (const [index, envelope] of envelopes.entries()) {
        const due = started + (index * 1000) / rate;
        if (due > Date.now()) await new Promise((resolve) => setTimeout(resolve, due - Date.now()));
        publishedAt.set((envelope.payload as { matchId: string }).matchId, Date.now());
        await producer.publish([{ topic: jobMatched.topic, envelope }]);
      }
    }
    const published = Date.now();

    const inbox = harness.connection.collection<InboxRow>('inbox');
    let delivered = 0;
    let polls = 0;
    const deadline = Date.now() + 10 * 60_000;
    while (delivered < events && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      delivered = await inbox.countDocuments({ userId: { $regex: `^${run}-` } });
      polls++;
    }
    const commandsSent = new Map(commands);
    // Only this run's veterans: other runs' tests may publish job matches meanwhile.
    const rows = await inbox.find({ userId: { $regex: `^${run}-` } }).toArray();
    const notifications = new Map(
      (
        await harness.connection
          .collection<{ _id: string; source: { eventId: string }; subjects: { jobId: string }[] }>(
            'notifications',
          )
          .find({})
          .toArray()
      ).map((row) => [row._id, row]),
    );
    const publishByJob = new Map(
      envelopes.map((envelope) => [
        (envelope.payload as { jobId: string }).jobId,
        publishedAt.get((envelope.payload as { matchId: string }).matchId) ?? started,
      ]),
    );
    const total: number[] = [];
    const accepted: number[] = [];
    for (const row of rows) {
      const jobId = notifications.get(row._id)?.subjects[0]?.jobId ?? '';
      const sentAt = publishByJob.get(jobId) ?? started;
      total.push(new Date(row.deliveredAt).getTime() - sentAt);
      accepted.push(new Date(row.createdAt).getTime() - sentAt);
    }
    const last = Math.max(...rows.map((row) => new Date(row.deliveredAt).getTime()));
    const seconds = (last - started) / 1000;

    console.log(
      `event → inbox: ${rows.length}/${events} events for ${veterans} veterans, ${rate === null ? 'published at once' : `published at ${rate}/s`} (publishing took ${published - started} ms)`,
    );
    console.log(
      `throughput: ${(rows.length / seconds).toFixed(1)} notifications/s (${seconds.toFixed(1)} s from first publish to last inbox item)`,
    );
    console.log(`latency event → inbox (ms):        ${describe(total)}`);
    console.log(`latency event → notification made: ${describe(accepted)}`);
    const commandTotal = [...commandsSent.values()].reduce((sum, count) => sum + count, 0);
    console.log(
      `database commands until the last inbox item: ${commandTotal} (${(commandTotal / events).toFixed(2)} per event; ${polls} of them this script's inbox polls)`,
    );
    for (const [key, count] of [...commandsSent].sort((a, b) => b[1] - a[1]))
      console.log(`  ${key.padEnd(40)} ${String(count).padStart(7)}  ${(count / events).toFixed(3)}/event`);
    if (rows.length < events)
      console.log(`WARNING: ${events - rows.length} events did not reach an inbox within 10 minutes`);
  } finally {
    await producer.disconnect();
    await harness.close();
  }
}

/** The same connection string with the driver's command monitoring on (the service's client emits `commandStarted`). */
function withCommandMonitoring(uri: string): string {
  const url = new URL(uri);
  url.searchParams.set('monitorCommands', 'true');
  return url.toString();
}

function describe(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
  return `p50 ${at(50)}  p95 ${at(95)}  p99 ${at(99)}  max ${sorted[sorted.length - 1]}`;
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
