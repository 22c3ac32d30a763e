import { jobClosed, jobPosted, profileCreated } from '@vetlink/contracts';
import { uniqueName } from '@vetlink/testing';
import { copyFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { forkliftJobPosted, profileSnapshot } from '@vetlink/matching-score/testing';
import { MatchingWorld, onMeilisearch, searchEngineName } from './support/matching-harness';

const settle = () => new Promise((resolve) => setTimeout(resolve, 3000));

// Snapshots are the embedded engine's; Meilisearch keeps its own indexes (instances.integration-spec.ts).
const describeOnEmbedded = onMeilisearch ? describe.skip : describe;

describeOnEmbedded(
  `a restart of matching from its search snapshot (embedded engine only; this run: ${searchEngineName})`,
  () => {
    let folder: string;
    let world: MatchingWorld;
    const snapshotFile = () => join(folder, 'matching.snapshot');
    const veteranA = uniqueName('vet-a');
    const veteranB = uniqueName('vet-b');
    const jobOne = uniqueName('job-one');
    const jobTwo = uniqueName('job-two');
    const jobThree = uniqueName('job-three');

    beforeAll(async () => {
      folder = await mkdtemp(join(tmpdir(), 'matching-snapshot-'));
      world = await new MatchingWorld(folder).setUp();
    });

    afterAll(async () => {
      await world?.tearDown();
      await rm(folder, { recursive: true, force: true });
    });

    async function restoredFrom(): Promise<string> {
      const ready = await world.http().get('/health/ready').expect(200);
      return ready.body.details.search.restoredFrom;
    }

    async function recommendedJobIds(veteranId: string): Promise<string[]> {
      const response = await world
        .http()
        .get('/veterans/me/recommended-jobs')
        .set('Authorization', world.bearer(veteranId, 'veteran'))
        .expect(200);
      return response.body.items.map((item: { job: { jobId: string } }) => item.job.jobId);
    }

    it('saves the indexes at a stop and starts from them, then carries on with what came meanwhile', async () => {
      await world.publish(profileCreated, profileSnapshot(veteranA));
      await world.readModelHas('veterans', veteranA);
      await world.publish(jobPosted, forkliftJobPosted(jobOne));
      await world.waitForMatches(veteranA, jobOne);

      await world.stopApp();
      expect(await readdir(folder)).toEqual(['matching.snapshot']);
      await world.publish(jobPosted, forkliftJobPosted(jobTwo, { title: '冷链仓库叉车工' }));
      await world.publish(profileCreated, profileSnapshot(veteranB));

      await world.startApp();
      expect(await restoredFrom()).toBe('snapshot');
      await world.waitForMatches(veteranA, jobTwo);
      // Veteran B's profile found job one, which only the restored index knew.
      await world.waitForMatches(veteranB, jobOne);
      await world.waitForMatches(veteranB, jobTwo);
      await settle();
      expect(world.matchesFor(veteranA, jobOne)).toHaveLength(1);
      expect(world.matchesFor(veteranA, jobTwo)).toHaveLength(1);
    });

    it('after a crash, catches up from the change journal what its last snapshot missed', async () => {
      // The snapshot of the last stop stands for the last periodic one before a crash.
      const older = join(folder, 'older');
      await copyFile(snapshotFile(), older);
      const posted = forkliftJobPosted(jobThree, { title: '夜班叉车工' });
      await world.publish(jobPosted, posted);
      await world.waitForMatches(veteranA, jobThree);
      await world.publish(jobClosed, {
        jobId: jobOne,
        employerId: posted.employerId,
        reason: 'filled',
        closedAt: new Date().toISOString(),
      });
      await world.readModelHas('jobs', jobOne, (document) => document['status'] === 'closed');
      await world.stopApp();
      await copyFile(older, snapshotFile());

      // Both events were consumed and committed before the stop: only the journal can bring them back.
      await world.startApp();
      expect(await restoredFrom()).toBe('snapshot');
      const recommended = await recommendedJobIds(veteranA);
      expect(recommended).toEqual(expect.arrayContaining([jobTwo, jobThree]));
      expect(recommended).not.toContain(jobOne);
      await settle();
      expect(world.matchesFor(veteranA, jobThree)).toHaveLength(1);
    });

    it('rebuilds from the read model when the snapshot cannot be read', async () => {
      await world.stopApp();
      await writeFile(snapshotFile(), '{"format":"vetlink-embedded-search","version":2,"label":"matching:');
      await world.startApp();
      expect(await restoredFrom()).toBe('read model');
      const recommended = await recommendedJobIds(veteranA);
      expect(recommended).toEqual(expect.arrayContaining([jobTwo, jobThree]));
      expect(recommended).not.toContain(jobOne);
    });
  },
);
