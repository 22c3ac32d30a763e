/**
 * The job search on the embedded engine alone, in process (no HTTP, no Nest): 100,000 synthetic open jobs
 * with the jobs index's settings, then each query of job-search-http.ts's text + city mix timed on its
 * own, to see which query costs what. Run it under `node --cpu-prof` to see where the time goes.
 *
 *   SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register services/matching/bench/job-search-profile.ts
 *   BENCH_JOBS=100000 BENCH_ROUNDS=20 (the defaults)
 */
import { Random, syntheticJob } from '@vetlink/matching-score/testing';
import { createEmbeddedEngine } from '@vetlink/search';
import { jobSearchDocument } from '../src/search/domain/search-documents';
import { jobIndexSettings } from '../src/search/domain/index-settings';
import { jobSearchQuery, type JobSearchRequest } from '../src/search/domain/job-search-query';

const JOBS = Number(process.env['BENCH_JOBS'] ?? 100_000);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 20);
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
const CITIES = ['nanjing', 'suzhou', 'xuzhou'];

async function main() {
  const index = createEmbeddedEngine().index('jobs');
  await index.applySettings(jobIndexSettings());
  const random = new Random(100_000);
  const jobs = Array.from({ length: JOBS }, (_, at) => syntheticJob(random, at, NOW));
  for (let first = 0; first < jobs.length; first += 1000) {
    await index.upsert(
      jobs
        .slice(first, first + 1000)
        .map((job) => jobSearchDocument(job, { status: 'open', description: job.title })),
    );
  }
  const requests: [string, JobSearchRequest][] = [];
  for (const text of TEXTS) {
    for (const cityId of CITIES)
      requests.push([`${text} + ${cityId}`, { text, cityId, limit: 20, offset: 0 }]);
    requests.push([
      `${text} within 50 km`,
      { text, near: { point: { lat: 32.06, lng: 118.79 }, radiusKm: 50 }, limit: 20, offset: 0 },
    ]);
  }
  requests.push(['nanjing + salary ≥ 6000', { cityId: 'nanjing', salaryMin: 6000, limit: 20, offset: 0 }]);
  for (const [, request] of requests) await index.search(jobSearchQuery(request));
  let total = 0;
  for (const [label, request] of requests) {
    const times: number[] = [];
    let hits = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const begun = performance.now();
      const result = await index.search(jobSearchQuery(request));
      times.push(performance.now() - begun);
      hits = result.totalHits;
    }
    times.sort((a, b) => a - b);
    total += times.reduce((sum, time) => sum + time, 0);
    console.log(
      `${label.padEnd(32)} ${String(hits).padStart(6)} hits  median ${times[times.length >> 1].toFixed(1)} ms  max ${times[times.length - 1].toFixed(1)} ms`,
    );
  }
  console.log(`all queries: ${(total / (ROUNDS * requests.length)).toFixed(1)} ms mean`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
