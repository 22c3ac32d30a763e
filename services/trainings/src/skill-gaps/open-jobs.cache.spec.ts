import { forkliftJob } from '@vetlink/matching-score/testing';
import type { JobForMatching } from '@vetlink/matching-score';
import { OpenJobsCache } from './open-jobs.cache';
import type { SkillGapReadModel } from './read-model.repository';

/** A read model whose city read waits until the test lets it answer. */
function slowReadModel(stored: JobForMatching[]) {
  let answer: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (answer = resolve));
  let reads = 0;
  const readModel = {
    openJobsIn: async () => {
      reads += 1;
      await gate;
      return stored;
    },
  } as unknown as SkillGapReadModel;
  return { readModel, answer: () => answer(), reads: () => reads };
}

describe('open jobs in memory', () => {
  it('shares one read between concurrent requests, and keeps a change applied while reading', async () => {
    const { readModel, answer, reads } = slowReadModel([
      forkliftJob({ jobId: 'a' }),
      forkliftJob({ jobId: 'b' }),
    ]);
    const cache = new OpenJobsCache(readModel);
    const first = cache.inCities(['nanjing']);
    const second = cache.inCities(['nanjing']);
    cache.removed('nanjing', 'a'); // closed while the read was under way
    cache.filed(forkliftJob({ jobId: 'c' }));
    answer();
    const ids = (jobs: JobForMatching[]) => jobs.map((job) => job.jobId).sort();
    expect(ids(await first)).toEqual(['b', 'c']);
    expect(ids(await second)).toEqual(['b', 'c']);
    expect(reads()).toBe(1);
    cache.removed('nanjing', 'b');
    expect(ids(await cache.inCities(['nanjing']))).toEqual(['c']);
    expect(reads()).toBe(1);
  });
});
