import { jobClosed, jobPosted, jobUpdated, profileCreated } from '@vetlink/contracts';
import { forkliftJobPosted, jobUpdatedFrom, profileSnapshot } from '@vetlink/matching-score/testing';
import { uniqueName, waitFor } from '@vetlink/testing';
import { isoWeekOf, previousWeek } from '../src/weeks/domain/iso-week';
import { AppHarness, startApp } from './support/app-harness';

describe('week after week', () => {
  let harness: AppHarness;

  afterAll(async () => {
    await harness?.close();
  });

  it("features only what is new since the veteran's previous digest: new postings and material changes, never a closed job", async () => {
    harness = await startApp();
    const lastWeek = previousWeek(isoWeekOf(new Date(), 'Asia/Shanghai'), 'Asia/Shanghai');
    // Two days into last week: inside last week's window whatever weekday it is today.
    const inLastWeek = new Date(lastWeek.start.getTime() + 2 * 86_400_000).toISOString();
    // This week's events happen after last week's end, however early in the week the test runs: a change
    // dated before it belongs to the week whose digest already went out (`step` keeps their order then).
    const thisWeek = (daysAgo: number, step: number) =>
      new Date(
        Math.max(Date.now() - daysAgo * 86_400_000, lastWeek.end.getTime() + step * 1_000),
      ).toISOString();
    const veteranId = uniqueName('vet');
    const unchanged = forkliftJobPosted(uniqueName('job-unchanged'), {
      postedAt: inLastWeek,
      updatedAt: inLastWeek,
    });
    const changed = forkliftJobPosted(uniqueName('job-changed'), {
      postedAt: inLastWeek,
      updatedAt: inLastWeek,
    });
    const edited = forkliftJobPosted(uniqueName('job-edited'), {
      postedAt: inLastWeek,
      updatedAt: inLastWeek,
    });
    const closed = forkliftJobPosted(uniqueName('job-closed'), {
      postedAt: thisWeek(0.2, 2),
      updatedAt: thisWeek(0.2, 2),
    });
    const fresh = forkliftJobPosted(uniqueName('job-fresh'), {
      postedAt: thisWeek(0.1, 3),
      updatedAt: thisWeek(0.1, 3),
    });
    for (const job of [unchanged, changed, edited]) await harness.publish(jobPosted, job);
    await harness.publish(profileCreated, profileSnapshot(veteranId));
    await harness.readModelHolds({ jobs: 3, veterans: 2 });

    const first = await harness
      .http()
      .post('/digest-runs')
      .set('authorization', harness.officer())
      .send({ week: lastWeek.id });
    expect(first.body.until).toBe(lastWeek.end.toISOString());
    await harness.finished(lastWeek.id);
    expect(jobsOf(harness, lastWeek.id)).toEqual(new Set([unchanged.jobId, changed.jobId, edited.jobId]));

    // This week: a raise for one job (material), a new description for another (not), two new postings, one closed.
    await harness.publish(jobUpdated, {
      ...jobUpdatedFrom(changed, { salary: { min: 7000, max: 9000 } }, true),
      updatedAt: thisWeek(0.5, 1),
    });
    await harness.publish(jobUpdated, {
      ...jobUpdatedFrom(edited, { description: '新增夜班补贴说明。' }, false),
      updatedAt: thisWeek(0.5, 1),
    });
    for (const job of [closed, fresh]) await harness.publish(jobPosted, job);
    await harness.publish(jobClosed, {
      jobId: closed.jobId,
      employerId: closed.employerId,
      reason: 'closed-by-employer',
      closedAt: thisWeek(0.05, 4),
    });
    await harness.readModelHolds({ jobs: 5, veterans: 2 });
    await waitForClosed(harness, closed.jobId);

    const second = await harness.http().post('/digest-runs').set('authorization', harness.officer()).send({});
    await harness.finished(second.body.runId);
    expect(jobsOf(harness, second.body.runId)).toEqual(new Set([changed.jobId, fresh.jobId]));
  });
});

function jobsOf(harness: AppHarness, week: string): Set<string> {
  return new Set(
    harness.digests.events
      .filter(({ envelope }) => envelope.payload.week === week)
      .flatMap(({ envelope }) => envelope.payload.jobs.map((job: { jobId: string }) => job.jobId)),
  );
}

async function waitForClosed(harness: AppHarness, jobId: string): Promise<void> {
  await waitFor(
    async () =>
      (await harness.connection.collection('jobs').findOne({ _id: jobId as never }))?.status === 'closed'
        ? true
        : undefined,
    { timeoutMs: 60_000, what: 'the job to be closed in the read model' },
  );
}
