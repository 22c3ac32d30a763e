/**
 * Benchmark (not a test) that chose the embedded engine: builds N synthetic Jiangsu job postings
 * (default 100,000) in each candidate and runs the matching service's query mix against it.
 *   SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register libs/search/bench/embedded-candidates.ts [docs] [queriesPerKind]
 * Each candidate runs in its own child process (with --expose-gc) so memory figures do not mix.
 * Prints build time, heap/RSS growth, p50/p95/p99 latency and mean total hits per query kind.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { create, insertMultiple, search as oramaSearch, type Orama, type SearchParams } from '@orama/orama';
import { createEmbeddedEngine, type FilterExpression, type SearchQuery } from '../src';
import { haversineMeters } from '../src/lib/embedded/geo';
import { tokenize } from '../src/lib/embedded/tokenizer';
import {
  QUERY_KINDS,
  benchSettings,
  generateJobs,
  generateQueries,
  type BenchJob,
  type QueryKind,
} from './synthetic-jobs';

const CANDIDATES = ['minisearch+attribute-index', 'orama'] as const;
type Candidate = (typeof CANDIDATES)[number];

interface Engine {
  build(jobs: BenchJob[]): Promise<void>;
  run(query: SearchQuery): Promise<number>;
  /** Extra figures worth printing (snapshot size and times for the adapter). */
  extras?(): Promise<Record<string, string>>;
}

const docCount = Number(process.argv[2] ?? 100_000);
const perKind = Number(process.argv[3] ?? 200);
const WARM_UP = 20;

async function main() {
  const candidate = process.env.BENCH_CANDIDATE as Candidate | undefined;
  if (!candidate) return runEveryCandidate();
  const jobs = generateJobs(docCount);
  const queries = generateQueries(perKind + WARM_UP);
  const engine = candidate === 'orama' ? oramaEngine() : embeddedEngine();

  const before = memory();
  const started = performance.now();
  await engine.build(jobs);
  const buildMs = performance.now() - started;
  const after = memory();

  const latencies = new Map<QueryKind, number[]>(QUERY_KINDS.map((kind) => [kind, []]));
  const hits = new Map<QueryKind, number[]>(QUERY_KINDS.map((kind) => [kind, []]));
  const seen = new Map<QueryKind, number>();
  for (const { kind, query } of queries) {
    const round = (seen.get(kind) ?? 0) + 1;
    seen.set(kind, round);
    const start = performance.now();
    const total = await engine.run(query);
    const elapsed = performance.now() - start;
    if (round > WARM_UP) {
      latencies.get(kind)!.push(elapsed);
      hits.get(kind)!.push(total);
    }
  }

  console.log(`\n### ${candidate} — ${docCount.toLocaleString('en')} documents, ${perKind} queries per kind`);
  console.log(
    `build ${(buildMs / 1000).toFixed(1)} s; heapUsed +${mb(after.heap - before.heap)} MB; rss +${mb(after.rss - before.rss)} MB`,
  );
  for (const [name, value] of Object.entries((await engine.extras?.()) ?? {}))
    console.log(`${name}: ${value}`);
  console.log('| query kind | p50 ms | p95 ms | p99 ms | mean total hits |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const kind of QUERY_KINDS) {
    const sorted = latencies.get(kind)!.sort((a, b) => a - b);
    const meanHits = hits.get(kind)!.reduce((sum, value) => sum + value, 0) / sorted.length;
    console.log(
      `| ${kind} | ${ms(percentile(sorted, 50))} | ${ms(percentile(sorted, 95))} | ${ms(percentile(sorted, 99))} | ${Math.round(meanHits)} |`,
    );
  }
}

function runEveryCandidate() {
  console.log(`node ${process.version}, ${docCount.toLocaleString('en')} synthetic job postings`);
  for (const candidate of CANDIDATES) {
    execFileSync(
      process.execPath,
      [...process.execArgv, '--expose-gc', __filename, ...process.argv.slice(2)],
      {
        stdio: 'inherit',
        env: { ...process.env, BENCH_CANDIDATE: candidate },
      },
    );
  }
}

/** The adapter itself, through the port: MiniSearch for text, our attribute index and filters for the rest. */
function embeddedEngine(): Engine {
  const engine = createEmbeddedEngine();
  const index = engine.index<BenchJob>('jobs');
  return {
    async build(jobs) {
      await index.applySettings(benchSettings);
      for (let start = 0; start < jobs.length; start += 1_000)
        await index.upsert(jobs.slice(start, start + 1_000));
    },
    async run(query) {
      return (await index.search(query)).totalHits;
    },
    async extras() {
      const folder = mkdtempSync(join(tmpdir(), 'search-bench-'));
      const file = join(folder, 'snapshot.ndjson');
      try {
        let started = performance.now();
        await engine.snapshot(file);
        const writeMs = performance.now() - started;
        const restored = createEmbeddedEngine();
        started = performance.now();
        await restored.restore(file);
        const restoreMs = performance.now() - started;
        const sameAnswer = (await restored.index('jobs').count()) === (await index.count());
        return {
          snapshot: `${mb(statSync(file).size)} MB written in ${(writeMs / 1000).toFixed(1)} s, restored in ${(restoreMs / 1000).toFixed(1)} s (${sameAnswer ? 'same count' : 'COUNT DIFFERS'})`,
        };
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  };
}

const oramaSchema = {
  title: 'string',
  description: 'string',
  skills: 'enum[]',
  cityId: 'enum',
  districtId: 'enum',
  salaryMin: 'number',
  salaryMax: 'number',
  employmentType: 'enum',
  veteranPriority: 'boolean',
  status: 'enum',
  postedAt: 'number',
  location: 'geopoint',
} as const;

/** Orama does text, filters, geo and facets itself; only the same tokenizer is plugged in. */
function oramaEngine(): Engine {
  let db: Orama<typeof oramaSchema>;
  return {
    async build(jobs) {
      db = create({
        schema: oramaSchema,
        components: {
          tokenizer: {
            language: 'chinese',
            normalizationCache: new Map(),
            tokenize: (raw: string) => tokenize(raw),
          },
        },
      });
      const rows = jobs.map(({ _geo, ...job }) => ({ ...job, location: { lat: _geo.lat, lon: _geo.lng } }));
      for (let start = 0; start < rows.length; start += 1_000)
        await insertMultiple(db, rows.slice(start, start + 1_000));
    },
    async run(query) {
      const geoSort = query.sort?.find((clause) => 'geoPoint' in clause);
      const fieldSort = query.sort?.find((clause) => 'field' in clause);
      const sortBy =
        geoSort && 'geoPoint' in geoSort
          ? ([, , a]: [unknown, unknown, unknown], [, , b]: [unknown, unknown, unknown]) =>
              distance(geoSort.geoPoint, a) - distance(geoSort.geoPoint, b)
          : fieldSort && 'field' in fieldSort
            ? { property: fieldSort.field, order: fieldSort.direction === 'asc' ? 'ASC' : 'DESC' }
            : undefined;
      // Orama treats a key that is present but undefined differently from an absent one, so only set keys are passed.
      const result = await oramaSearch(db, {
        limit: query.limit,
        ...(query.text && { term: query.text, properties: ['title', 'description'], threshold: 0 }),
        ...(query.filter && { where: oramaWhere(query.filter) }),
        ...(query.facets && { facets: Object.fromEntries(query.facets.map((facet) => [facet, {}])) }),
        ...(sortBy && { sortBy }),
      } as SearchParams<Orama<typeof oramaSchema>>);
      return result.count;
    },
  };
}

function distance(origin: { lat: number; lng: number }, document: unknown): number {
  const { lat, lon } = (document as { location: { lat: number; lon: number } }).location;
  return haversineMeters(origin, { lat, lng: lon });
}

/** Only the operators the query mix uses. */
function oramaWhere(filter: FilterExpression): Record<string, unknown> {
  switch (filter.op) {
    case 'and':
      return Object.assign({}, ...filter.clauses.map(oramaWhere));
    case 'in':
      return filter.field === 'skills'
        ? { skills: { containsAny: filter.values } }
        : { [filter.field]: { in: filter.values } };
    case 'eq':
      return { [filter.field]: { eq: filter.value } };
    case 'gte':
      return { [filter.field]: { gte: filter.value } };
    case 'geoRadius':
      return {
        location: {
          radius: {
            coordinates: { lat: filter.center.lat, lon: filter.center.lng },
            value: filter.radiusMeters,
            unit: 'm',
            inside: true,
          },
        },
      };
    default:
      throw new Error(`the Orama candidate does not translate ${filter.op}`);
  }
}

function memory() {
  (globalThis as { gc?: () => void }).gc?.();
  const usage = process.memoryUsage();
  return { heap: usage.heapUsed, rss: usage.rss };
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
const ms = (value: number) => value.toFixed(2);
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
