/**
 * The weekly run at scale: 100,000 veterans and 100,000 open jobs in the read model (FerretDB), the run
 * fanned out through BullMQ (Redis) to worker processes (PROCESS_ROLE=worker, the production entry
 * point), digests stored and published to Kafka. Run once per worker count over the same read model.
 *
 *   npx nx run recommendations:bench                                  # 100k × 100k, 1 then 2 workers
 *   npx nx run recommendations:bench --args="--veterans 20000 --jobs 20000 --workers 2"
 *
 * Prints, per worker count: fan-out time, total run time, digests per second, outcomes, and the peak
 * resident memory of each worker process (VmHWM) and of Redis. Figures, never gates.
 */
import { TOPICS } from '@vetlink/contracts';
import {
  employerStream,
  jobStream,
  startOfShanghaiDay,
  toJobSnapshot,
  toProfileSnapshot,
  veteranStream,
  type DemoEmployer,
} from '@vetlink/demo-data';
import { jobFingerprint, jobForMatching } from '@vetlink/matching-score';
import { createKafka, ensureTopics } from '@vetlink/messaging';
import { createRedisConnection } from '@vetlink/queues';
import { testEngines, uniqueName } from '@vetlink/testing';
import { Queue } from 'bullmq';
import type Redis from 'ioredis';
import mongoose, { type Connection } from 'mongoose';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { DIGEST_OUTCOMES } from '../src/digests/domain/digest-window';
import { receivesDigest } from '../src/read-model/domain/digest-recipients';
import { RUNS_QUEUE } from '../src/queues/digest-queues';
import type { JobRecord, VeteranRecord } from '../src/read-model/read-model.schema';
import { isoWeekOf } from '../src/weeks/domain/iso-week';
import { startWorkerProcess } from '../test/support/worker-process';

const SEED = 'vetlink-scale';

interface Settings {
  veterans: number;
  jobs: number;
  workerCounts: number[];
  concurrency: number;
}

function settingsFrom(argv: readonly string[]): Settings {
  const flags = new Map<string, string>();
  for (let index = 0; index < argv.length; index += 2)
    flags.set(argv[index].replace(/^--/, ''), argv[index + 1]);
  return {
    veterans: Number(flags.get('veterans') ?? 100_000),
    jobs: Number(flags.get('jobs') ?? 100_000),
    workerCounts: (flags.get('workers') ?? '1,2').split(',').map(Number),
    concurrency: Number(flags.get('concurrency') ?? 64),
  };
}

async function seedReadModel(connection: Connection, settings: Settings, now: Date): Promise<number> {
  const employers: DemoEmployer[] = [];
  const employerSource = employerStream(SEED, { idPrefix: 'scale' });
  while (employers.length < Math.max(13, Math.ceil(settings.jobs / 50)))
    employers.push(employerSource.next().value as DemoEmployer);
  const jobs = jobStream(SEED, employers, { now, idPrefix: 'scale' });
  let batch: JobRecord[] = [];
  for (let index = 0; index < settings.jobs; index++) {
    const job = jobs.next().value!;
    const snapshot = toJobSnapshot(job, employers[job.employerIndex]!);
    batch.push({
      _id: snapshot.jobId,
      status: 'open',
      updatedAt: snapshot.updatedAt,
      snapshot,
      newSince: snapshot.postedAt,
      fingerprint: jobFingerprint(jobForMatching(snapshot)),
    });
    if (batch.length === 1000 || index === settings.jobs - 1) {
      await connection.collection('jobs').insertMany(batch as never[], { ordered: false });
      batch = [];
    }
  }
  const veterans = veteranStream(SEED, { now, idPrefix: 'scale' });
  let recipients = 0;
  let veteranBatch: VeteranRecord[] = [];
  for (let index = 0; index < settings.veterans; index++) {
    const snapshot = toProfileSnapshot(veterans.next().value!);
    const receives = receivesDigest({
      jobSeekingStatus: snapshot.jobSeekingStatus,
      weeklyDigest: snapshot.notificationPreferences.weeklyDigest,
    });
    if (receives) recipients++;
    veteranBatch.push({
      _id: snapshot.veteranId,
      revision: snapshot.revision,
      jobSeekingStatus: snapshot.jobSeekingStatus,
      receivesDigest: receives,
      snapshot,
    });
    if (veteranBatch.length === 1000 || index === settings.veterans - 1) {
      await connection.collection('veterans').insertMany(veteranBatch as never[], { ordered: false });
      veteranBatch = [];
    }
  }
  return recipients;
}

/** Peak resident memory of a live process, in MiB (Linux /proc). */
function peakRssMiB(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

async function runOnce(
  connection: Connection,
  redis: Redis,
  settings: Settings,
  workerCount: number,
  recipients: number,
) {
  const prefix = uniqueName('bench').toLowerCase();
  // Dropped, not emptied: FerretDB 1.24 fails deleteMany over ~70k documents ("too many SQL variables").
  for (const name of ['digests', 'runs']) await connection.dropCollection(name).catch(() => undefined);
  const now = new Date();
  const week = isoWeekOf(now, 'Asia/Shanghai');
  // What POST /digest-runs does: record the run once, queue its run job.
  await connection.collection('runs').insertOne({
    _id: week.id as never,
    week: week.id,
    dryRun: false,
    until: now,
    startedAt: now,
    startedBy: 'bench',
    fannedOutAt: null,
    finishedAt: null,
    summary: null,
  });
  const workers = Array.from({ length: workerCount }, () =>
    startWorkerProcess(
      { database: connection.name, queuePrefix: prefix },
      { DIGEST_CONCURRENCY: String(settings.concurrency) },
    ),
  );
  const runs = new Queue(RUNS_QUEUE, { connection: redis, prefix });
  // Each worker process runs two BullMQ workers (runs and digests): time the run, not the start-up.
  while ((await runs.getWorkers()).length < workerCount) await sleep(200);
  const started = Date.now();
  await runs.add('run', { runId: week.id }, { jobId: `run-${week.id}` });
  const key = (part: string) => `${prefix}:recommendations:run:${week.id}:${part}`;
  // Redis is shared with other users: its own peak is since it started, so sample this run's growth.
  const redisBefore = await usedMemory(redis);
  let redisGrowthPeak = 0;
  let fannedOutAfter: number | null = null;
  let lastReport = 0;
  for (;;) {
    const [total, counts, failed] = await Promise.all([
      redis.get(key('total')),
      redis.hgetall(key('counts')),
      redis.hlen(key('failed')),
    ]);
    const done = DIGEST_OUTCOMES.reduce((sum, outcome) => sum + Number(counts[outcome] ?? 0), 0);
    redisGrowthPeak = Math.max(redisGrowthPeak, (await usedMemory(redis)) - redisBefore);
    if (total !== null && fannedOutAfter === null) fannedOutAfter = (Date.now() - started) / 1000;
    if (Date.now() - lastReport > 30_000) {
      lastReport = Date.now();
      console.log(
        `  … ${done}${total ? ` of ${total}` : ''} veterans after ${((Date.now() - started) / 1000).toFixed(0)} s`,
      );
    }
    if (total !== null && done + failed >= Number(total)) {
      const seconds = (Date.now() - started) / 1000;
      const memory = workers.map((worker) => peakRssMiB(worker.pid));
      const redisPeak = /used_memory_peak_human:(\S+)/.exec(await redis.info('memory'))?.[1];
      console.log(
        `${workerCount} worker process(es) × concurrency ${settings.concurrency}: ${Number(total)} veterans ` +
          `(${recipients} receive the digest) in ${seconds.toFixed(1)} s, fanned out after ${fannedOutAfter?.toFixed(1)} s; ` +
          `${(done / seconds).toFixed(0)} veterans/s, ${(Number(counts['sent'] ?? 0) / seconds).toFixed(0)} digests/s; ` +
          `outcomes ${JSON.stringify(counts)}, failed ${failed}; peak RSS per worker ${memory.map((mib) => `${mib.toFixed(0)} MiB`).join(', ')}; ` +
          `Redis peak ${redisPeak} (this run's growth at most ${(redisGrowthPeak / 2 ** 20).toFixed(0)} MiB, sampled each second)`,
      );
      break;
    }
    await sleep(1000);
  }
  await runs.close();
  await Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((resolve) => {
          worker.once('exit', () => resolve());
          worker.kill('SIGTERM');
        }),
    ),
  );
  await dropKeys(redis, prefix);
}

async function usedMemory(redis: Redis): Promise<number> {
  return Number(/used_memory:(\d+)/.exec(await redis.info('memory'))?.[1] ?? 0);
}

async function dropKeys(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}

async function main() {
  const settings = settingsFrom(process.argv.slice(2));
  const database = uniqueName('bench-recommendations');
  const connection = await mongoose.createConnection(testEngines.mongoUri, { dbName: database }).asPromise();
  const redis = createRedisConnection(testEngines.redisUrl);
  try {
    await ensureTopics(
      createKafka({ clientId: 'bench', brokers: testEngines.kafkaBrokers }),
      [TOPICS.weeklyDigests],
      {
        partitions: 3,
        replicationFactor: 1,
      },
    );
    const seeding = Date.now();
    const recipients = await seedReadModel(connection, settings, startOfShanghaiDay(new Date()));
    console.log(
      `read model: ${settings.jobs} jobs, ${settings.veterans} veterans (${recipients} receive the digest) written to FerretDB in ` +
        `${((Date.now() - seeding) / 1000).toFixed(1)} s`,
    );
    for (const workerCount of settings.workerCounts)
      await runOnce(connection, redis, settings, workerCount, recipients);
  } finally {
    await connection.dropDatabase();
    await connection.close();
    await redis.quit();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
