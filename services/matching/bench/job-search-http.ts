/**
 * GET /jobs/search over real HTTP at the target scale: the matching app (started by the integration
 * tests' harness, so on the engine the environment names: Meilisearch when MEILI_HOST is set, else the
 * embedded one) with 100,000 open synthetic jobs in its jobs index, asked one request at a time by a
 * client on loopback, then by four at once. The query mix is the matching benchmark's job search (text
 * + city, facets as the endpoint returns them) plus a page of English text and a radius. Prints
 * p50/p95/p99 and requests/s; gates nothing.
 *
 *   npx nx run matching:bench-search-http                       # embedded engine
 *   MEILI_HOST=http://127.0.0.1:7700 MEILI_MASTER_KEY=… npx nx run matching:bench-search-http
 *   BENCH_JOBS=100000 BENCH_REQUESTS=400                         (the defaults)
 */
import { Random, syntheticJob } from '@vetlink/matching-score/testing';
import { searchEngineName, MatchingWorld } from '../test/support/matching-harness';
import { jobSearchDocument } from '../src/search/domain/search-documents';
import { MatchIndexes } from '../src/search/match-indexes';

const JOBS = Number(process.env['BENCH_JOBS'] ?? 100_000);
const REQUESTS = Number(process.env['BENCH_REQUESTS'] ?? 400);
const WARM_UP = 40;
const NOW = new Date('2026-11-02T01:00:00Z');
const TEXTS = [
  '叉车',
  '保安',
  '货车司机',
  '电工',
  '厨师',
  'forklift driver',
  'security guard',
  '退役军人优先',
];
const CITIES = ['nanjing', 'suzhou', 'xuzhou', 'wuxi', 'changzhou', 'nantong'];

async function main() {
  const world = await new MatchingWorld(undefined, false).setUp();
  try {
    const random = new Random(100_000);
    let started = Date.now();
    const jobs = Array.from({ length: JOBS }, (_, index) => syntheticJob(random, index, NOW));
    await world.app.get(MatchIndexes).jobs.load(
      (function* () {
        for (let first = 0; first < jobs.length; first += 1000)
          yield jobs
            .slice(first, first + 1000)
            .map((job) => jobSearchDocument(job, { status: 'open', description: job.title }));
      })(),
    );
    console.log(`${searchEngineName}: indexed ${JOBS} jobs in ${Date.now() - started} ms`);
    await world.app.listen(0, '127.0.0.1');
    const base = (await world.app.getUrl()).replace('[::1]', '127.0.0.1');
    const authorization = world.bearer('bench-veteran', 'veteran');
    const draws = new Random(300_000);
    const nextPath = () => searchPath(draws);
    const ask = async () => {
      const begun = performance.now();
      const response = await fetch(`${base}${nextPath()}`, { headers: { authorization } });
      if (response.status !== 200) throw new Error(`GET /jobs/search answered ${response.status}`);
      await response.arrayBuffer();
      return performance.now() - begun;
    };
    for (let index = 0; index < WARM_UP; index++) await ask();
    for (const concurrency of [1, 4]) {
      const times: number[] = [];
      started = Date.now();
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (times.length < REQUESTS) times.push(await ask());
        }),
      );
      const seconds = (Date.now() - started) / 1000;
      console.log(
        `GET /jobs/search, ${concurrency} at a time: ${times.length} requests, ` +
          `${(times.length / seconds).toFixed(0)}/s, p50 ${percentile(times, 50)} / p95 ${percentile(times, 95)} / ` +
          `p99 ${percentile(times, 99)} ms`,
      );
    }
  } finally {
    await world.tearDown();
  }
}

/** Mostly text + city (the commonest search), some text near a point, some filters alone. */
function searchPath(random: Random): string {
  const kind = random.next();
  const params = new URLSearchParams({ limit: '20' });
  if (kind < 0.7) {
    params.set('q', random.pick(TEXTS));
    params.set('cityId', random.pick(CITIES));
  } else if (kind < 0.85) {
    params.set('q', random.pick(TEXTS));
    params.set('lat', '32.06');
    params.set('lng', '118.79');
    params.set('radiusKm', '50');
  } else {
    params.set('cityId', random.pick(CITIES));
    params.set('salaryMin', '6000');
  }
  return `/jobs/search?${params}`;
}

function percentile(times: readonly number[], p: number): string {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))].toFixed(1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
