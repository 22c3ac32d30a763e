import { createEmbeddedEngine } from '@vetlink/search';
import { NOW, Random, syntheticJob, syntheticVeteran } from '@vetlink/matching-score/testing';
import { isPushWorthy, scoreMatch, DEFAULT_POLICY } from '@vetlink/matching-score';
import { jobsForVeteranFilter, veteransForJobFilter } from './candidate-filters';
import { jobIndexSettings, veteranIndexSettings } from './index-settings';
import {
  jobSearchDocument,
  JobSearchDocument,
  radiusBandOf,
  veteranSearchDocument,
  VeteranSearchDocument,
} from './search-documents';

// Candidate generation may only rule out what the score would never push: checked on a synthetic
// world with the real in-process search engine (a library, no infrastructure).
describe('candidate filters lose no pair worth pushing', () => {
  const random = new Random(20261102);
  // Two neighbouring cities, so that many pairs are within reach.
  const cities = ['nanjing', 'zhenjiang'];
  const veterans = Array.from({ length: 300 }, (_, index) =>
    syntheticVeteran(random, index, { homeCities: cities }),
  );
  const jobs = Array.from({ length: 300 }, (_, index) => syntheticJob(random, index, NOW, { cities }));
  const engine = createEmbeddedEngine();
  const jobIndex = engine.index<JobSearchDocument>('jobs');
  const veteranIndex = engine.index<VeteranSearchDocument>('veterans');

  beforeAll(async () => {
    await jobIndex.applySettings(jobIndexSettings());
    await veteranIndex.applySettings(veteranIndexSettings());
    await jobIndex.upsert(
      jobs.map((job) => jobSearchDocument(job, { status: 'open', description: job.title })),
    );
    await veteranIndex.upsert(veterans.map(veteranSearchDocument));
  });

  const worthy = veterans.flatMap((veteran) =>
    jobs
      .filter((job) => isPushWorthy(scoreMatch(job, veteran, NOW), DEFAULT_POLICY))
      .map((job) => ({ veteran, job })),
  );

  it('has enough pairs worth pushing to mean something', () => {
    expect(worthy.length).toBeGreaterThan(100);
  });

  it('finds every pushable job from the veteran', async () => {
    for (const veteran of veterans) {
      const expected = worthy.filter((pair) => pair.veteran === veteran).map((pair) => pair.job.jobId);
      if (expected.length === 0) continue;
      const found = await jobIndex.search({ filter: jobsForVeteranFilter(veteran), limit: 1000 });
      const ids = new Set(found.hits.map((hit) => hit.document.id));
      expect(expected.filter((id) => !ids.has(id))).toEqual([]);
    }
  });

  it('finds every pushable veteran from the job', async () => {
    for (const job of jobs) {
      const expected = worthy
        .filter((pair) => pair.job === job && pair.veteran.jobSeekingStatus === 'actively-looking')
        .map((pair) => pair.veteran.veteranId);
      if (expected.length === 0) continue;
      const found = await veteranIndex.search({
        filter: veteransForJobFilter(job, ['actively-looking']),
        limit: 1000,
      });
      const ids = new Set(found.hits.map((hit) => hit.document.id));
      expect(expected.filter((id) => !ids.has(id))).toEqual([]);
    }
  });

  it('rules out a good share of the pairs that would be vetoed', async () => {
    const job = jobs[0]!;
    const found = await veteranIndex.search({
      filter: veteransForJobFilter(job, ['actively-looking', 'open', 'employed']),
      limit: 1000,
    });
    expect(found.totalHits).toBeLessThan(veterans.length);
  });

  it('rounds a radius up to its band', () => {
    expect(radiusBandOf(1)).toBe(5);
    expect(radiusBandOf(30)).toBe(30);
    expect(radiusBandOf(31)).toBe(50);
    expect(radiusBandOf(999)).toBe(1000);
  });
});
