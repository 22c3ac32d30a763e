/**
 * Benchmark of the mentors service on the real engines (FerretDB, Kafka, Redis from
 * `deploy/local/vetlink up --engines-only`), in-process through HTTP as clients call it:
 *
 * 1. slots for one mentor over 60 days (08:00-20:00 every day, hour sessions, 15-minute buffer,
 *    ~120 sessions already booked): p50/p95/max per request;
 * 2. bookings per second with contention: ATTEMPTS attempts by distinct veterans on few slots (each
 *    slot wanted by many), CONCURRENCY in flight; then the same without contention (distinct slots).
 *
 * Prints its figures; never a pass/fail on time. `npx nx run mentors:bench`
 */
import { uniqueName } from '@vetlink/testing';
import { ALL_WEEK, shanghaiAt, startMentors } from '../test/support/mentors-harness';

const SLOT_QUERIES = Number(process.env['BENCH_SLOT_QUERIES'] ?? 100);
const ATTEMPTS = Number(process.env['BENCH_ATTEMPTS'] ?? 400);
const CONCURRENCY = Number(process.env['BENCH_CONCURRENCY'] ?? 20);
const CONTENDED_SLOTS = Number(process.env['BENCH_CONTENDED_SLOTS'] ?? 20);

const DAY_HOURS = {
  ...ALL_WEEK,
  weeklyRules: ALL_WEEK.weeklyRules.map((rule) => ({ ...rule, start: '08:00', end: '20:00' })),
  bufferAfterMinutes: 0,
  horizonDays: 90,
  maxPerDay: 12,
  maxPerWeek: 84,
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function inParallel<T>(tasks: (() => Promise<T>)[], concurrency: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < tasks.length) {
        const index = next++;
        results[index] = await tasks[index]();
      }
    }),
  );
  return results;
}

async function main() {
  // The test kit's URI allows one connection; a service in production has a pool.
  const mentors = await startMentors({
    LOG_LEVEL: 'error',
    MONGODB_URI: process.env['BENCH_MONGODB_URI'] ?? 'mongodb://127.0.0.1:27017/?maxPoolSize=20',
  });
  try {
    // 1. Slots over 60 days with bookings in them.
    const busyMentor = await mentors.verifiedMentor(DAY_HOURS);
    for (let day = 1; day <= 60; day++)
      for (const hour of [9, 15])
        await mentors.book(uniqueName('bench-veteran'), busyMentor, shanghaiAt(day, hour));
    const veteran = mentors.as('bench-reader', 'veteran');
    const from = shanghaiAt(1, 0).toISOString();
    const to = shanghaiAt(61, 0).toISOString();
    const timings: number[] = [];
    let slots = 0;
    for (let query = 0; query < SLOT_QUERIES; query++) {
      const started = process.hrtime.bigint();
      const response = await mentors
        .http()
        .get(`/mentors/${busyMentor}/slots`)
        .query({ from, to })
        .set('authorization', veteran)
        .expect(200);
      timings.push(Number(process.hrtime.bigint() - started) / 1e6);
      slots = response.body.slots.length;
    }
    timings.sort((a, b) => a - b);
    console.log(
      `slots for 60 days (${slots} free slots, 120 booked sessions): ${SLOT_QUERIES} requests, ` +
        `p50 ${percentile(timings, 50).toFixed(1)} ms, p95 ${percentile(timings, 95).toFixed(1)} ms, ` +
        `max ${timings[timings.length - 1].toFixed(1)} ms`,
    );

    // 2. Bookings with contention: few slots of one mentor, each wanted by ATTEMPTS / CONTENDED_SLOTS
    //    veterans; then without: every attempt its own slot, spread over mentors (a mentor takes at most
    //    40 sessions a week).
    for (const contended of [true, false]) {
      const mentorCount = contended ? 1 : Math.ceil(ATTEMPTS / 40);
      const mentorIds: string[] = [];
      for (let index = 0; index < mentorCount; index++)
        mentorIds.push(await mentors.verifiedMentor(DAY_HOURS));
      const tasks = Array.from({ length: ATTEMPTS }, (_, attempt) => {
        const place = contended ? attempt % CONTENDED_SLOTS : Math.floor(attempt / mentorCount);
        const mentorId = mentorIds[attempt % mentorCount];
        const start = shanghaiAt(1 + Math.floor(place / 12), 8 + (place % 12));
        return () =>
          mentors.book(uniqueName('bench-veteran'), mentorId, start).then((response) => response.status);
      });
      const started = process.hrtime.bigint();
      const statuses = await inParallel(tasks, CONCURRENCY);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const booked = statuses.filter((status) => status === 201).length;
      const refused = statuses.filter((status) => status === 409).length;
      const other = statuses.length - booked - refused;
      const sessions = await mentors.count('sessions', { mentorId: { $in: mentorIds } });
      console.log(
        `${contended ? `with contention (${CONTENDED_SLOTS} slots of 1 mentor)` : `without contention (distinct slots of ${mentorCount} mentors)`}: ` +
          `${ATTEMPTS} attempts, ${CONCURRENCY} in flight, ${seconds.toFixed(2)} s → ` +
          `${(ATTEMPTS / seconds).toFixed(1)} attempts/s, ${(booked / seconds).toFixed(1)} bookings/s; ` +
          `${booked} booked, ${refused} × 409, ${other} other; sessions written ${sessions}`,
      );
    }
  } finally {
    await mentors.close();
  }
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(error);
    process.exit(1);
  },
);
