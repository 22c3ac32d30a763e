import { jobPosted, profileCreated } from '@vetlink/contracts';
import { forkliftJobPosted, profileSnapshot } from '@vetlink/matching-score/testing';
import { uniqueName, waitFor } from '@vetlink/testing';
import { createSearchEngine } from '@vetlink/search';
import { MatchingWorld, onMeilisearch, searchEngineName, searchEnv } from './support/matching-harness';

const settle = () => new Promise((resolve) => setTimeout(resolve, 3000));

// Several instances share the work only on a shared engine: the embedded engine's index is one process's.
const describeOnMeilisearch = onMeilisearch ? describe : describe.skip;

describeOnMeilisearch(
  `two matching instances on one Meilisearch (Meilisearch only; this run: ${searchEngineName})`,
  () => {
    let first: MatchingWorld;
    let second: MatchingWorld;
    const veterans = [uniqueName('vet-a'), uniqueName('vet-b'), uniqueName('vet-c')];
    const jobs: string[] = [];

    beforeAll(async () => {
      first = await new MatchingWorld().setUp();
    });

    afterAll(async () => {
      await second?.tearDown();
      await first?.tearDown();
    });

    const readiness = async (world: MatchingWorld) =>
      (await world.http().get('/health/ready').expect(200)).body.details.search;
    const jobWrites = (jobId: string) => first.writesOf('jobs', jobId) + second.writesOf('jobs', jobId);

    it('starts a second instance on the indexes the first one keeps, writing nothing to them', async () => {
      expect(await readiness(first)).toMatchObject({ restoredFrom: 'read model' });
      for (const veteranId of veterans) await first.publish(profileCreated, profileSnapshot(veteranId));
      for (const veteranId of veterans) await first.readModelHas('veterans', veteranId);

      second = first.secondInstance();
      await second.setUp();
      expect(await readiness(second)).toMatchObject({ restoredFrom: 'search engine' });
      expect(second.indexWrites.size).toBe(0);
      for (const veteranId of veterans) expect(first.writesOf('veterans', veteranId)).toBe(1);
    });

    it('indexes each posting once and pushes each pair once while both instances consume', async () => {
      // Postings until each instance has handled some (the group gives each its partitions).
      await waitFor(
        async () => {
          const jobId = uniqueName('job');
          jobs.push(jobId);
          await first.publish(jobPosted, forkliftJobPosted(jobId));
          await first.readModelHas('jobs', jobId);
          const handledBy = (world: MatchingWorld) =>
            jobs.filter((id) => world.writesOf('jobs', id) > 0).length;
          return handledBy(first) > 0 && handledBy(second) > 0 ? true : undefined;
        },
        { what: 'postings handled by both instances', timeoutMs: 60_000, intervalMs: 500 },
      );
      for (const jobId of jobs)
        for (const veteranId of veterans) await first.waitForMatches(veteranId, jobId);
      await settle();

      for (const jobId of jobs) {
        expect({ jobId, writes: jobWrites(jobId) }).toEqual({ jobId, writes: 1 });
        for (const veteranId of veterans) expect(first.matchesFor(veteranId, jobId)).toHaveLength(1);
      }
      // Either instance answers from the one shared index.
      for (const world of [first, second]) {
        const found = await world
          .http()
          .get('/veterans/me/recommended-jobs')
          .set('Authorization', world.bearer(veterans[0], 'veteran'))
          .expect(200);
        expect(found.body.items.map((item: { job: { jobId: string } }) => item.job.jobId)).toEqual(
          expect.arrayContaining(jobs),
        );
      }
    }, 120_000);

    it('rebuilds unlabelled indexes aside from the read model and swaps them in', async () => {
      await second.stopApp();
      await first.stopApp();
      // As after a change of settings, documents or taxonomy: the label no longer matches.
      await createSearchEngine(searchEnv).deleteIndex(`${first.indexPrefix}-state`);
      const before = new Map(jobs.map((jobId) => [jobId, first.writesOf('jobs', jobId)]));
      await first.startApp();
      expect(await readiness(first)).toMatchObject({ restoredFrom: 'read model', jobs: jobs.length });
      // Each posting loaded once into the index built aside, none written to the live one meanwhile.
      const builtAside = first.indexWrites.get(`${first.indexPrefix}-jobs-next`);
      for (const jobId of jobs) {
        expect(builtAside?.get(jobId)).toBe(1);
        expect(first.writesOf('jobs', jobId)).toBe(before.get(jobId));
      }
      const found = await first
        .http()
        .get('/veterans/me/recommended-jobs')
        .set('Authorization', first.bearer(veterans[1], 'veteran'))
        .expect(200);
      expect(found.body.items.map((item: { job: { jobId: string } }) => item.job.jobId)).toEqual(
        expect.arrayContaining(jobs),
      );
    });
  },
);
