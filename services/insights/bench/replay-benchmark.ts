/**
 * How fast the read model takes a replay: BENCH_EVENTS (default 1,000,000) jobs.job-posted events, spread
 * over a year's days and the Jiangsu cities, written into an empty database through the handlers' own
 * path (RecordContributions: a partition batch read and replaced per month) in partition batches of
 * BENCH_BATCH (500), three partitions in turn — as a replay delivers them. Kafka's fetch and decoding are
 * not in it (a million events on the shared topics would reach every service's consumers); the rebuild
 * command prints the whole path's rate. Not a test: `npx nx run insights:bench`.
 */
import { systemClock } from '@vetlink/clock';
import type { EventEnvelope } from '@vetlink/contracts';
import { forkliftJobPosted } from '@vetlink/matching-score/testing';
import { randomUUID } from 'node:crypto';
import mongoose from 'mongoose';
import { postedContributions } from '../src/figures/domain/contributions-of';
import { TalliesRepository } from '../src/figures/tallies.repository';
import { TALLY_MODEL, tallySchema } from '../src/figures/tally.schema';
import { RecordContributions } from '../src/figures/use-cases/record-contributions';

const EVENTS = Number(process.env['BENCH_EVENTS'] ?? 1_000_000);
const BATCH = Number(process.env['BENCH_BATCH'] ?? 500);
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
  } finally {
    await connection.dropDatabase();
    await connection.close();
  }
}

void main();
