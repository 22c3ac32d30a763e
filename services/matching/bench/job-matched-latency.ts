/**
 * jobs.job-posted → matching.job-matched latency under a steady rate of postings, through the real
 * service: the matching app (the consumer, the read model and push ledger in FerretDB, the embedded
 * search engine, the producer) against the launcher's Kafka and FerretDB, started by the integration
 * tests' harness. Veterans go straight into the veterans index (the posting path reads them from
 * there only). The job-matched are counted in a child process. Prints figures; gates nothing.
 *
 *   SWC_NODE_PROJECT=tsconfig.base.json node --max-old-space-size=6144 -r @swc-node/register \
 *     services/matching/bench/job-matched-latency.ts
 *   BENCH_VETERANS=100000 BENCH_RATE=20 BENCH_SECONDS=30 BENCH_DRAIN_SECONDS=120   (the defaults)
 */
import { jobPosted } from '@vetlink/contracts';
import { Random, syntheticJob, syntheticVeteran } from '@vetlink/matching-score/testing';
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { veteranSearchDocument } from '../src/search/domain/search-documents';
import { MatchIndexes } from '../src/search/match-indexes';
import { forkliftJobPosted } from '@vetlink/matching-score/testing';
import { MatchingWorld } from '../test/support/matching-harness';

const VETERANS = Number(process.env['BENCH_VETERANS'] ?? 100_000);
const RATE = Number(process.env['BENCH_RATE'] ?? 20);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 30);
const DRAIN_SECONDS = Number(process.env['BENCH_DRAIN_SECONDS'] ?? 120);
/** The run ends this long after the last job-matched arrived (or at the drain limit). */
const QUIET_MS = 15_000;

async function main() {
  const world = await new MatchingWorld(undefined, false).setUp();
  const collector = await startCollector();
  try {
    const random = new Random(20_261_128);
    let started = Date.now();
    const indexes = world.app.get(MatchIndexes);
    for (let first = 0; first < VETERANS; first += 1000) {
      const count = Math.min(1000, VETERANS - first);
      await indexes.veterans.upsert(
        Array.from({ length: count }, (_, offset) =>
          veteranSearchDocument(syntheticVeteran(random, first + offset)),
        ),
      );
    }
    console.log(`indexed ${VETERANS} veterans in ${Date.now() - started} ms`);

    const publishedAt = new Map<string, number>();
    const total = RATE * SECONDS;
    started = Date.now();
    for (let index = 0; index < total; index++) {
      await sleepUntil(started + (index * 1000) / RATE);
      const job = syntheticJob(random, index, new Date());
      const jobId = `bench-${randomBytes(4).toString('hex')}-${index}`;
      publishedAt.set(jobId, Date.now());
      await world.publish(
        jobPosted,
        forkliftJobPosted(jobId, {
          ...job,
          jobId,
          requiredSkills: [...job.requiredSkills],
          preferredSkills: [...job.preferredSkills],
          skillTexts: [...(job.skillTexts ?? [])],
          requiredCertificates: [...job.requiredCertificates],
          location: { ...job.location, address: job.location.districtId },
        }),
      );
    }
    const publishMs = Date.now() - started;
    console.log(
      `published ${total} jobs in ${publishMs} ms (${((total * 1000) / publishMs).toFixed(1)} jobs/s)`,
    );

    const drainedBy = Date.now() + DRAIN_SECONDS * 1000;
    let lastCount = -1;
    let lastChange = Date.now();
    while (Date.now() < drainedBy && Date.now() - lastChange < QUIET_MS) {
      await sleepUntil(Date.now() + 1000);
      const count = collector.seen();
      if (count !== lastCount) [lastCount, lastChange] = [count, Date.now()];
    }
    const applied = await world.connection.collection('jobs').countDocuments();
    report(publishedAt, await collector.arrivals(), applied ?? 0, started);
  } finally {
    await world.tearDown();
  }
}

/**
 * Every job-matched on the topic from now on, by job id, with the time it arrived: counted by a child
 * process (job-matched-arrivals.ts), which hands over what it saw when asked.
 */
async function startCollector() {
  const child = spawn(
    process.execPath,
    ['-r', '@swc-node/register', resolve(__dirname, 'job-matched-arrivals.ts')],
    { stdio: ['pipe', 'pipe', 'inherit'], env: process.env },
  );
  const lines: string[] = [];
  let partial = '';
  child.stdout.on('data', (chunk: Buffer) => {
    const parts = (partial + chunk.toString()).split('\n');
    partial = parts.pop() ?? '';
    lines.push(...parts);
  });
  const lastLine = (prefix: string) => [...lines].reverse().find((line) => line.startsWith(prefix));
  await waitUntil(() => lastLine('ready') !== undefined, child);
  return {
    /** How many job-matched the collector has seen so far (as of its last report, each second). */
    seen: () => Number(lastLine('count ')?.slice('count '.length) ?? 0),
    async arrivals(): Promise<Map<string, number[]>> {
      child.stdin.write('report\n');
      await waitUntil(() => lastLine('report ') !== undefined, child);
      const report = JSON.parse((lastLine('report ') as string).slice('report '.length));
      return new Map(Object.entries(report as Record<string, number[]>));
    },
  };
}

function waitUntil(ready: () => boolean, child: ChildProcess): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const timer = setInterval(() => {
      if (ready()) {
        clearInterval(timer);
        resolvePromise();
      } else if (child.exitCode !== null) {
        clearInterval(timer);
        reject(new Error(`the collector exited with ${child.exitCode}`));
      }
    }, 50);
  });
}

function report(
  publishedAt: Map<string, number>,
  arrivals: Map<string, number[]>,
  applied: number,
  started: number,
) {
  const everyPush: number[] = [];
  const firstPush: number[] = [];
  const pushSpan: number[] = [];
  let lastArrival = started;
  for (const [jobId, times] of arrivals) {
    const published = publishedAt.get(jobId);
    if (published === undefined) continue;
    for (const at of times) everyPush.push(at - published);
    firstPush.push(Math.min(...times) - published);
    pushSpan.push(Math.max(...times) - Math.min(...times));
    lastArrival = Math.max(lastArrival, ...times);
  }
  console.log(
    `the consumer applied ${applied} of ${publishedAt.size} postings; ${everyPush.length} job-matched for ${firstPush.length} jobs arrived within the run (${(everyPush.length / Math.max(1, firstPush.length)).toFixed(1)} per job), the last ${((lastArrival - started) / 1000).toFixed(0)} s after the first posting`,
  );
  console.log(`posted → each job-matched: ${percentiles(everyPush)}`);
  console.log(`posted → a job's first job-matched: ${percentiles(firstPush)}`);
  console.log(`a job's first → last job-matched: ${percentiles(pushSpan)}`);
}

function percentiles(ms: number[]): string {
  if (ms.length === 0) return 'none arrived';
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, p99 ${at(0.99)} ms, max ${sorted[sorted.length - 1]} ms (${ms.length})`;
}

function sleepUntil(time: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, time - Date.now())));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
