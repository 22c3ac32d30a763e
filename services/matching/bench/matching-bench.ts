/**
 * Matching at the target scale: 100,000 open jobs and 100,000 veterans (synthetic, all 13 cities of
 * Jiangsu), in the embedded search engine and, when MEILI_HOST names one, in Meilisearch too (the same
 * data, the same queries, one after the other), through the service's own ranking code. Prints figures
 * and a side-by-side table; gates nothing.
 *
 *   npx nx run matching:bench                                  # in-memory part, embedded engine
 *   MEILI_HOST=http://127.0.0.1:7700 MEILI_MASTER_KEY=… [MEILI_PID=…] npx nx run matching:bench
 *                                                             # embedded, then Meilisearch (MEILI_PID: its memory)
 *   npx nx run matching:bench --args="--ferretdb"             # also the restart: a full rebuild from FerretDB,
 *                                                             # and from a snapshot plus what changed since
 *   BENCH_JOBS=20000 BENCH_VETERANS=20000 BENCH_ENGINES=meilisearch npx nx run matching:bench
 */
import { createEmbeddedEngine, createMeilisearchEngine, type SearchEngine } from '@vetlink/search';
import { readFileSync } from 'node:fs';
import { testEngines } from '@vetlink/testing';
import mongoose from 'mongoose';
import { stat, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ranking } from '../src/ranking/ranking';
import { ReadModelRepository } from '../src/read-model/read-model.repository';
import {
  JOB_MODEL,
  jobSchema,
  JobRecord,
  VETERAN_MODEL,
  veteranSchema,
  VeteranRecord,
} from '../src/read-model/read-model.schema';
import {
  type JobForMatching,
  type VeteranForMatching,
  isPushWorthy,
  scoreMatch,
  DEFAULT_POLICY,
} from '@vetlink/matching-score';
import { jobSearchQuery } from '../src/search/domain/job-search-query';
import { jobIndexSettings, veteranIndexSettings } from '../src/search/domain/index-settings';
import {
  jobSearchDocument,
  JobSearchDocument,
  veteranSearchDocument,
  VeteranSearchDocument,
} from '../src/search/domain/search-documents';
import {
  INDEX_CHANGE_MODEL,
  INDEX_CHANGES_COLLECTION,
  IndexChangeJournal,
  indexChangeSchema,
} from '../src/search/index-change-journal';
import type { IndexSnapshots } from '../src/search/index-snapshots';
import type { MatchIndexes } from '../src/search/match-indexes';
import { SearchSync } from '../src/search/search-sync';
import type { Clock } from '@vetlink/clock';
import type { MatchingTunables } from '../src/shared/matching-settings';
import { MatchLookups } from '../src/search/match-lookups';
import { Random, syntheticJob, syntheticVeteran } from '@vetlink/matching-score/testing';

const JOBS = Number(process.env['BENCH_JOBS'] ?? 100_000);
const VETERANS = Number(process.env['BENCH_VETERANS'] ?? 100_000);
const NOW = new Date('2026-11-02T01:00:00Z');
const tunables: MatchingTunables = {
  policy: DEFAULT_POLICY,
  candidateLimit: 500,
  maxPushesPerJob: 2000,
  maxPushesPerProfileChange: 10,
  pushWindowHours: 72,
};
const clock: Clock = { now: () => NOW };

/** Runs per measurement (fewer on Meilisearch for the fan-out, whose 20,000 candidates travel as JSON). */
const RUNS = { recommendations: 1000, fanOut: 100, candidates: 100, searches: 300 };

type Figures = Record<string, string>;

async function main() {
  const random = new Random(100_000);
  const started = Date.now();
  const jobs = Array.from({ length: JOBS }, (_, index) => syntheticJob(random, index, NOW));
  const veterans = Array.from({ length: VETERANS }, (_, index) => syntheticVeteran(random, index));
  console.log(`generated ${JOBS} jobs and ${VETERANS} veterans in ${Date.now() - started} ms`);

  const host = process.env['MEILI_HOST'];
  const engines = (process.env['BENCH_ENGINES'] ?? (host ? 'embedded,meilisearch' : 'embedded')).split(',');
  const figures: Record<string, Figures> = {};
  for (const name of engines) {
    if (name === 'meilisearch' && !host)
      throw new Error('BENCH_ENGINES names meilisearch: set MEILI_HOST (and MEILI_MASTER_KEY)');
    console.log(`\n== ${name === 'meilisearch' ? `Meilisearch at ${host}` : 'embedded engine'} ==`);
    const engine =
      name === 'meilisearch'
        ? createMeilisearchEngine({
            host: host!,
            apiKey: process.env['MEILI_MASTER_KEY'],
            taskTimeoutMs: 30 * 60_000,
          })
        : createEmbeddedEngine();
    figures[name] = await benchEngine(name, engine, jobs, veterans);
  }
  if (engines.length > 1) printTable(figures);
  if (process.argv.includes('--ferretdb')) await restartFromFerretDb(jobs, veterans);
}

async function benchEngine(
  name: string,
  engine: SearchEngine,
  jobs: JobForMatching[],
  veterans: VeteranForMatching[],
): Promise<Figures> {
  // The same draws for every engine.
  const random = new Random(200_000);
  const figures: Figures = {};
  const heapBefore = heapMb();
  const names = {
    jobs: `bench-jobs-${Date.now().toString(36)}`,
    veterans: `bench-veterans-${Date.now().toString(36)}`,
  };
  const indexes = {
    jobs: engine.index<JobSearchDocument>(names.jobs),
    veterans: engine.index<VeteranSearchDocument>(names.veterans),
  };
  await indexes.jobs.applySettings(jobIndexSettings());
  await indexes.veterans.applySettings(veteranIndexSettings());
  let started = Date.now();
  // As a rebuild loads them (SearchSync.fill): batches of 1,000 from the read model, one bulk load.
  await indexes.jobs.load(
    (function* () {
      for (const batch of batches(jobs, 1000))
        yield batch.map((job) => jobSearchDocument(job, { status: 'open', description: job.title }));
    })(),
  );
  const jobsMs = Date.now() - started;
  started = Date.now();
  await indexes.veterans.load(
    (function* () {
      for (const batch of batches(veterans, 1000)) yield batch.map(veteranSearchDocument);
    })(),
  );
  const veteransMs = Date.now() - started;
  const memory = name === 'meilisearch' ? await meilisearchMemory() : `heap +${heapMb() - heapBefore} MB`;
  console.log(
    `indexed: jobs ${jobsMs} ms (${rate(JOBS, jobsMs)}/s), veterans ${veteransMs} ms (${rate(VETERANS, veteransMs)}/s); ${memory}`,
  );
  figures['index build, jobs / veterans'] =
    `${(jobsMs / 1000).toFixed(0)} s / ${(veteransMs / 1000).toFixed(0)} s`;
  figures['memory'] = memory;

  const ranking = new Ranking(indexes as unknown as MatchIndexes, tunables, clock);
  // Every veteran is in the index, so the read model (FerretDB) is never asked.
  const lookups = new MatchLookups({} as ReadModelRepository, indexes as unknown as MatchIndexes);

  const looking = veterans.filter((veteran) => veteran.jobSeekingStatus === 'actively-looking');
  const recommendations = await measure(RUNS.recommendations, async () => {
    const veteran = await lookups.veteran(random.pick(looking).veteranId);
    return (await ranking.jobsFor(veteran)).length;
  });
  figures['recommendations p50 / p95 / p99'] = report(
    'recommendations (GET /veterans/:id/recommended-jobs: the veteran from the index, ≤500 candidates scored)',
    recommendations,
    'eligible jobs',
  );

  const fanOut = await measure(RUNS.fanOut, async () => {
    const job = random.pick(jobs);
    const ranked = await ranking.veteransFor(job, ['actively-looking'], tunables.maxPushesPerJob * 10);
    return ranked.filter(({ assessment }) => isPushWorthy(assessment, DEFAULT_POLICY)).length;
  });
  figures['push fan-out of a posting p50 / p95 / p99'] = report(
    'push fan-out of one posted job (all actively-looking veterans it fits)',
    fanOut,
    'veterans above the threshold',
  );

  const candidates = await measure(RUNS.candidates, async () => {
    const job = random.pick(jobs);
    return (await ranking.veteransFor(job, ['actively-looking', 'open'], tunables.candidateLimit)).length;
  });
  figures['candidates of a job p50 / p95 / p99'] = report(
    'candidates of a job (GET /jobs/:id/candidates)',
    candidates,
    'eligible veterans',
  );

  const queries = ['叉车', '保安', 'forklift driver', '货车司机', '电工', '厨师', 'security guard'];
  const cities = ['nanjing', 'suzhou', 'xuzhou', 'wuxi'];
  const searches = await measure(RUNS.searches, async () => {
    const result = await indexes.jobs.search(
      jobSearchQuery({ text: random.pick(queries), cityId: random.pick(cities), limit: 20, offset: 0 }),
    );
    return result.totalHits;
  });
  figures['job search (text + city + facets) p50 / p95 / p99'] = report(
    'job search (text + city filter + facets, GET /jobs/search)',
    searches,
    'hits',
  );

  if (name === 'embedded') {
    started = Date.now();
    let scored = 0;
    // As a recommendation scores: one veteran against 500 jobs at a time (what is worked out once per
    // veteran or per job object, e.g. their terms and evidence, is paid once per 500 pairs here too).
    while (Date.now() - started < 3000) {
      const veteran = veterans[(scored * 7) % VETERANS]!;
      for (let i = 0; i < 500; i++) scoreMatch(jobs[(scored + i) % JOBS]!, veteran, NOW);
      scored += 500;
    }
    console.log(
      `score: ${rate(scored, Date.now() - started)} pairs/s on one core (one veteran × 500 jobs at a time)`,
    );
  }

  await engine.deleteIndex(names.jobs);
  await engine.deleteIndex(names.veterans);
  await engine.close();
  return figures;
}

/** The server's resident memory (MEILI_PID) and database size after indexing. */
async function meilisearchMemory(): Promise<string> {
  const host = process.env['MEILI_HOST']!.replace(/\/+$/, '');
  const key = process.env['MEILI_MASTER_KEY'];
  const stats = (await (
    await fetch(`${host}/stats`, { headers: key ? { Authorization: `Bearer ${key}` } : {} })
  ).json()) as { databaseSize?: number; usedDatabaseSize?: number };
  const pid = process.env['MEILI_PID'];
  let rss = '';
  if (pid) {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    if (kb) rss = `server RSS ${Math.round(Number(kb) / 1000)} MB, `;
  }
  return `${rss}database ${Math.round((stats.usedDatabaseSize ?? stats.databaseSize ?? 0) / 1e6)} MB on disk`;
}

function printTable(figures: Record<string, Figures>): void {
  const engines = Object.keys(figures);
  const rows = Object.keys(figures[engines[0]!]!);
  console.log(`\n| ${['', ...engines].join(' | ')} |`);
  console.log(`| ${['---', ...engines.map(() => '---')].join(' | ')} |`);
  for (const row of rows)
    console.log(`| ${[row, ...engines.map((engine) => figures[engine]![row] ?? '—')].join(' | ')} |`);
}

/** Share of the read model written after the snapshot that a restart starts from (caught up from the journal). */
const CHANGED_AFTER_SNAPSHOT = 0.01;
/** The bench's indexes are not snapshotted by a service, so nothing needs noting. */
const noSnapshots = { noteChange: async () => undefined } as unknown as IndexSnapshots;

/**
 * The restart paths: the read model as FerretDB holds it, read back whole and indexed
 * (SearchSync.rebuild, the fallback); then a snapshot of those indexes restored into a new engine plus
 * 1% of the records, changed after it, read from the change journal in FerretDB (SearchSync.catchUp).
 */
async function restartFromFerretDb(jobs: JobForMatching[], veterans: VeteranForMatching[]) {
  const connection = await mongoose
    .createConnection(testEngines.mongoUri, { dbName: `bench-matching-${Date.now().toString(36)}` })
    .asPromise();
  const snapshotTime = NOW.getTime();
  const changedAfterSnapshot = (_: unknown, index: number) =>
    index % Math.round(1 / CHANGED_AFTER_SNAPSHOT) === 0;
  const file = join(tmpdir(), `bench-matching-${Date.now().toString(36)}.snapshot`);
  try {
    let started = Date.now();
    const jobRecords: JobRecord[] = jobs.map((job) => ({
      _id: job.jobId,
      status: 'open',
      updatedAt: job.postedAt,
      snapshot: {
        ...job,
        employerVerified: true,
        description: job.title,
        education: 'none',
        experienceYears: 0,
        headcount: 1,
        benefits: [],
        status: 'open',
        updatedAt: job.postedAt,
        location: { ...job.location, address: '—' },
      } as unknown as JobRecord['snapshot'],
      closedAt: null,
      closeReason: null,
    }));
    for (const batch of batches(jobRecords, 1000))
      await connection.collection<JobRecord>('jobs').insertMany(batch);
    const veteranRecords = veterans.map((veteran) => ({
      _id: veteran.veteranId,
      revision: 1,
      jobSeekingStatus: veteran.jobSeekingStatus,
      snapshot: {
        ...veteran,
        residence: veteran.residence && { ...veteran.residence, precision: 'exact' },
        revision: 1,
        serviceRecord: null,
        trainingIds: [],
        education: null,
        notificationPreferences: { channels: ['in-app'], weeklyDigest: true, quietHours: null },
        completeness: 80,
        updatedAt: NOW.toISOString(),
      },
    })) as unknown as VeteranRecord[];
    for (const batch of batches(veteranRecords, 1000))
      await connection.collection<VeteranRecord>('veterans').insertMany(batch);
    const changedAt = new Date(snapshotTime + 60_000);
    await connection
      .collection(INDEX_CHANGES_COLLECTION)
      .insertMany([
        ...jobRecords.filter(changedAfterSnapshot).map((job) => ({ at: changedAt, job })),
        ...veteranRecords.filter(changedAfterSnapshot).map((veteran) => ({ at: changedAt, veteran })),
      ]);
    console.log(
      `ferretdb: wrote the read model (${jobs.length} jobs, ${veterans.length} veterans) and the change journal in ${Date.now() - started} ms`,
    );

    const readModel = new ReadModelRepository(
      connection.model<JobRecord>(JOB_MODEL, jobSchema),
      connection.model<VeteranRecord>(VETERAN_MODEL, veteranSchema),
    );
    const engine = createEmbeddedEngine();
    const indexes = indexesOn(engine);
    await indexes.jobs.applySettings(jobIndexSettings());
    await indexes.veterans.applySettings(veteranIndexSettings());
    started = Date.now();
    const rebuilt = await new SearchSync(indexes as unknown as MatchIndexes, noSnapshots).rebuild(readModel);
    console.log(
      `restart, full rebuild: both indexes from FerretDB (${rebuilt.jobs} jobs, ${rebuilt.veterans} veterans) in ${Date.now() - started} ms`,
    );

    started = Date.now();
    const writing = engine.snapshot(file, 'bench');
    const captureMs = Date.now() - started;
    await writing;
    const writeMs = Date.now() - started;
    const { size } = await stat(file);
    await engine.close();
    const heapBefore = heapMb();
    const restarted = createEmbeddedEngine();
    started = Date.now();
    await restarted.restore(file, 'bench');
    const restoreMs = Date.now() - started;
    started = Date.now();
    const journal = new IndexChangeJournal(connection.model(INDEX_CHANGE_MODEL, indexChangeSchema));
    const changed = await new SearchSync(
      indexesOn(restarted) as unknown as MatchIndexes,
      noSnapshots,
    ).catchUp(journal.since(new Date(snapshotTime)));
    const catchUpMs = Date.now() - started;
    console.log(
      `snapshot: ${Math.round(size / 1e6)} MB written in ${writeMs} ms (the indexes captured in ${captureMs} ms, the process blocked meanwhile)`,
    );
    console.log(
      `restart from the snapshot: restored in ${restoreMs} ms (heap +${heapMb() - heapBefore} MB), then ${changed.jobs} jobs and ${changed.veterans} veterans changed since caught up from the journal in FerretDB in ${catchUpMs} ms: ${restoreMs + catchUpMs} ms in all`,
    );

    started = Date.now();
    for (let i = 0; i < 200; i++)
      await connection
        .collection<VeteranRecord>('veterans')
        .findOne({ _id: veterans[(i * 37) % veterans.length]!.veteranId });
    console.log(`ferretdb: read one veteran by _id: ${((Date.now() - started) / 200).toFixed(1)} ms each`);
  } finally {
    await rm(file, { force: true });
    await connection.dropDatabase();
    await connection.close();
  }
}

function indexesOn(engine: ReturnType<typeof createEmbeddedEngine>) {
  return {
    jobs: engine.index<JobSearchDocument>('restart-jobs'),
    veterans: engine.index<VeteranSearchDocument>('restart-veterans'),
    markRestored: () => undefined,
  };
}

function* batches<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

async function measure(
  times: number,
  work: () => Promise<number>,
): Promise<{ ms: number[]; counts: number[] }> {
  const ms: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = process.hrtime.bigint();
    counts.push(await work());
    ms.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return { ms, counts };
}

function report(what: string, { ms, counts }: { ms: number[]; counts: number[] }, unit: string): string {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(1);
  const meanCount = Math.round(counts.reduce((a, b) => a + b, 0) / counts.length);
  console.log(
    `${what}: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, p99 ${at(0.99)} ms, max ${sorted[sorted.length - 1]!.toFixed(1)} ms over ${ms.length} runs; ${meanCount} ${unit} on average`,
  );
  return `${at(0.5)} / ${at(0.95)} / ${at(0.99)} ms (${meanCount} ${unit})`;
}

function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return Math.round(process.memoryUsage().heapUsed / 1e6);
}

function rate(count: number, ms: number): string {
  return Math.round((count / Math.max(ms, 1)) * 1000).toLocaleString('en-US');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
