/**
 * How fast the read model takes a replay: BENCH_EVENTS (default 1,000,000) jobs.job-posted events, spread
 * over a year's days and the Jiangsu cities, written into an empty database through the handlers' own
 * path (RecordContributions: a partition batch read and replaced per month) in partition batches of
 * BENCH_BATCH (500), three partitions in turn — as a replay delivers them. Kafka's fetch and decoding are
 * not in it (a million events on the shared topics would reach every service's consumers); the rebuild
 * command prints the whole path's rate. Then BENCH_JOIN_EVENTS (default 0) events through
 * the applied-after-told join (domain/join.ts over JoinMemoryRepository: a unique insert and an `_id`
 * range read per event, a claim when a pair is found), half tellings and half applications of 2,000
 * veterans, each telling before its application: what each applications, job-told, job-posted and push
 * opened event costs a replay on top of its tally. Not a test: `npx nx run insights:bench`.
 */
import { systemClock } from '@vetlink/clock';
import type { EventEnvelope } from '@vetlink/contracts';
import { forkliftJobPosted } from '@vetlink/matching-score/testing';
import { randomUUID } from 'node:crypto';
import mongoose from 'mongoose';
import { applicationSide, tellingSide, type EngagementFact } from '../src/figures/domain/applied-after-told';
import { postedContributions } from '../src/figures/domain/contributions-of';
import { joinAndClaim } from '../src/figures/domain/join';
import { JoinMemoryRepository } from '../src/figures/join-memory.repository';
import { JOINED_FACT_MODEL, joinedFactSchema } from '../src/figures/joined-fact.schema';
import { TalliesRepository } from '../src/figures/tallies.repository';
import { TALLY_MODEL, tallySchema } from '../src/figures/tally.schema';
import { RecordContributions } from '../src/figures/use-cases/record-contributions';

const EVENTS = Number(process.env['BENCH_EVENTS'] ?? 1_000_000);
const BATCH = Number(process.env['BENCH_BATCH'] ?? 500);
const JOIN_EVENTS = Number(process.env['BENCH_JOIN_EVENTS'] ?? 0);
const PARTITIONS = 3;
const CITIES = [
  ['nanjing', 'nanjing-jianye'],
  ['xuzhou', 'xuzhou-gulou'],
  ['suzhou', 'suzhou-gusu'],
] as const;

function posted(index: number) {
  const day = new Date(Date.UTC(2031, 0, 1) + (index % 365) * 86_400_000);
  const [cityId, districtId] = CITIES[index % CITIES.length];
  const job = forkliftJobPosted(`bench-${index}`);
  return {
    eventId: randomUUID(),
    payload: {
      ...job,
      postedAt: day.toISOString(),
      veteransOnly: index % 7 === 0,
      location: { ...job.location, cityId, districtId },
    },
  } as unknown as EventEnvelope<typeof job>;
}

/** The applied-after-told join alone, one event after another as a partition batch runs them. */
async function benchJoin(connection: mongoose.Connection) {
  const memory = new JoinMemoryRepository(
    connection.model(JOINED_FACT_MODEL, joinedFactSchema) as never,
    systemClock,
  ).of<EngagementFact>();
  const day = (index: number) => new Date(Date.UTC(2031, 0, 1) + (index % 365) * 86_400_000);
  const began = Date.now();
  let counted = 0;
  for (let index = 0; index < JOIN_EVENTS; index += 1) {
    const pair = Math.floor(index / 2);
    const veteranId = `bench-veteran-${pair % 2000}`;
    const jobId = `bench-job-${pair}`;
    const side =
      index % 2 === 0
        ? tellingSide(veteranId, jobId, {
            kind: 'told',
            notificationId: `bench-notification-${pair}`,
            via: pair % 3 === 0 ? 'digest' : 'push',
            toldAt: day(pair).toISOString(),
          })
        : applicationSide(veteranId, jobId, {
            kind: 'applied',
            applicationId: `bench-application-${pair}`,
            submittedAt: new Date(day(pair).getTime() + 3600_000).toISOString(),
            cityId: CITIES[pair % CITIES.length][0],
          });
    counted += (await joinAndClaim(memory, side, randomUUID())).length;
  }
  const seconds = (Date.now() - began) / 1000;
  process.stdout.write(
    `joined ${JOIN_EVENTS} events (applied after told) in ${seconds.toFixed(1)} s: ${Math.round(JOIN_EVENTS / seconds)} events/s, ${counted} figures counted\n`,
  );
}

async function main() {
  const uri = process.env['MONGODB_URI'] ?? 'mongodb://127.0.0.1:27017/';
  const database = `insights-bench-${Date.now()}`;
  const connection = await mongoose.createConnection(uri, { dbName: database }).asPromise();
  const record = new RecordContributions(
    new TalliesRepository(connection.model(TALLY_MODEL, tallySchema) as never),
    systemClock,
  );
  const began = Date.now();
  try {
    for (let first = 0; first < EVENTS; first += BATCH) {
      const batch = Array.from({ length: Math.min(BATCH, EVENTS - first) }, (_, at) => posted(first + at));
      const partition = (first / BATCH) % PARTITIONS;
      await record.execute({ topic: 'jobs.job-postings', partition }, batch, postedContributions);
      if ((first / BATCH) % 200 === 199) {
        const done = first + batch.length;
        process.stdout.write(
          `  ${done} events, ${Math.round(done / ((Date.now() - began) / 1000))} events/s\n`,
        );
      }
    }
    const seconds = (Date.now() - began) / 1000;
    process.stdout.write(
      `replayed ${EVENTS} events in ${seconds.toFixed(1)} s: ${Math.round(EVENTS / seconds)} events/s (batches of ${BATCH})\n`,
    );
    if (JOIN_EVENTS > 0) await benchJoin(connection);
  } finally {
    await connection.dropDatabase();
    await connection.close();
  }
}

void main();
