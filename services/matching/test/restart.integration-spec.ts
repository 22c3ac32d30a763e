import { jobPosted, jobUpdated, profileCreated } from '@vetlink/contracts';
import { uniqueName } from '@vetlink/testing';
import { forkliftJobPosted, jobUpdatedFrom, profileSnapshot } from '@vetlink/matching-score/testing';
import { MatchingWorld } from './support/matching-harness';

const settle = () => new Promise((resolve) => setTimeout(resolve, 3000));

describe('a restart of matching loses no push and repeats none', () => {
  let world: MatchingWorld;

  beforeAll(async () => {
    world = await new MatchingWorld().setUp();
  });

  afterAll(async () => {
    await world?.tearDown();
  });

  it('restores the search indexes from the read model and carries on where it stopped', async () => {
    const veteranA = uniqueName('vet-a');
    const veteranB = uniqueName('vet-b');
    const jobOne = uniqueName('job-one');
    const jobTwo = uniqueName('job-two');

    const postedOne = forkliftJobPosted(jobOne);
    await world.publish(profileCreated, profileSnapshot(veteranA));
    await world.readModelHas('veterans', veteranA);
    await world.publish(jobPosted, postedOne);
    await world.waitForMatches(veteranA, jobOne);

    await world.stopApp();
    // While matching is down: a second job, a non-material edit of the first, and a new veteran.
    await world.publish(
      jobPosted,
      forkliftJobPosted(jobTwo, { title: '冷链仓库叉车工', salary: { min: 6500, max: 8500 } }),
    );
    await world.publish(jobUpdated, jobUpdatedFrom(postedOne, { description: '夜班补贴另计。' }, false));
    await world.publish(profileCreated, profileSnapshot(veteranB));

    // A new process: a fresh (empty) in-process search engine, the same database and consumer group.
    await world.startApp();
    await world.waitForMatches(veteranA, jobTwo);
    // Veteran B's profile found job one, posted before the restart: the index was restored.
    const [late] = await world.waitForMatches(veteranB, jobOne);
    expect(late.envelope.payload.trigger).toBe('profile-changed');
    await world.waitForMatches(veteranB, jobTwo);

    // A replay of job one's posting after the restart pushes nothing again.
    await world.publish(jobPosted, postedOne);
    await settle();
    expect(world.matchesFor(veteranA, jobOne)).toHaveLength(1);
    expect(world.matchesFor(veteranA, jobTwo)).toHaveLength(1);
    expect(world.matchesFor(veteranB, jobOne)).toHaveLength(1);
    expect(world.matchesFor(veteranB, jobTwo)).toHaveLength(1);

    const recommended = await world
      .http()
      .get('/veterans/me/recommended-jobs')
      .set('Authorization', world.bearer(veteranA, 'veteran'))
      .expect(200);
    expect(recommended.body.items.map((item: { job: { jobId: string } }) => item.job.jobId)).toEqual(
      expect.arrayContaining([jobOne, jobTwo]),
    );
    await world.http().get('/health/ready').expect(200);
  });
});
