import type { ChildProcess } from 'node:child_process';
import { jobPosted, jobTold, profileCreated, veteranErased } from '@vetlink/contracts';
import { jobFingerprint, jobForMatching } from '@vetlink/matching-score';
import { forkliftJobPosted, profileSnapshot } from '@vetlink/matching-score/testing';
import { uniqueName, waitFor } from '@vetlink/testing';
import { Queue } from 'bullmq';
import { RUNS_QUEUE } from '../src/queues/digest-queues';
import { AppHarness, startApp } from './support/app-harness';
import { startWorkerProcess, stopped } from './support/worker-process';

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

/** A small world: jobs of the week around Jiangning, Nanjing, and veterans who want (or do not want) them. */
async function seedWeek(harness: AppHarness) {
  const id = (name: string) => uniqueName(name);
  const jobs = {
    forklift: forkliftJobPosted(id('job-forklift')),
    pushedAlready: forkliftJobPosted(id('job-pushed'), { title: '夜班叉车司机' }),
    truck: forkliftJobPosted(id('job-truck'), {
      title: '货车司机',
      occupationId: 'truck-driver',
      requiredSkills: [{ skillId: 'heavy-truck-driving', level: 3 }],
      preferredSkills: [],
      requiredCertificates: ['driving-licence-c1'],
    }),
    suzhou: forkliftJobPosted(id('job-suzhou'), {
      location: { cityId: 'suzhou', districtId: 'suzhou-gusu', address: '姑苏区', lat: 31.31, lng: 120.62 },
    }),
    lastMonth: forkliftJobPosted(id('job-old'), { postedAt: daysAgo(20), updatedAt: daysAgo(20) }),
  };
  const veterans = {
    looking: id('vet-looking'),
    open: id('vet-open'),
    optedOut: id('vet-opted-out'),
    employed: id('vet-employed'),
    clerk: id('vet-clerk'),
  };
  await Promise.all(Object.values(jobs).map((job) => harness.publish(jobPosted, job)));
  const digestOn = { channels: ['in-app' as const], weeklyDigest: true, quietHours: null };
  await harness.publish(profileCreated, profileSnapshot(veterans.looking));
  await harness.publish(
    profileCreated,
    profileSnapshot(veterans.open, undefined, { jobSeekingStatus: 'open' }),
  );
  await harness.publish(
    profileCreated,
    profileSnapshot(veterans.optedOut, undefined, {
      notificationPreferences: { ...digestOn, weeklyDigest: false },
    }),
  );
  await harness.publish(
    profileCreated,
    profileSnapshot(veterans.employed, undefined, { jobSeekingStatus: 'employed' }),
  );
  await harness.publish(
    profileCreated,
    profileSnapshot(veterans.clerk, { specialties: ['finance-clerk'] }, { preferredCityIds: ['nanjing'] }),
  );
  await harness.publish(jobTold, {
    veteranId: veterans.looking,
    jobId: jobs.pushedAlready.jobId,
    jobFingerprint: jobFingerprint(jobForMatching(jobs.pushedAlready)),
    via: 'push',
    notificationId: id('notification'),
    toldAt: daysAgo(1),
  });
  // The warm-up veteran makes six.
  await harness.readModelHolds({ jobs: 5, veterans: 6 });
  return { jobs, veterans };
}

const digestOf = (harness: AppHarness, veteranId: string) =>
  harness.digests.events.filter(({ envelope }) => envelope.payload.veteranId === veteranId);
const jobIdsIn = (harness: AppHarness, veteranId: string): string[] =>
  digestOf(harness, veteranId).flatMap(({ envelope }) =>
    envelope.payload.jobs.map((job: { jobId: string }) => job.jobId),
  );

describe('the weekly digest', () => {
  let harness: AppHarness;
  const replicas: ChildProcess[] = [];

  afterEach(async () => {
    await Promise.all(replicas.splice(0).map((replica) => stopped(replica, 'SIGTERM')));
    await harness?.close();
  });

  it('sends one digest per veteran who wants one, with the fitting new jobs they were not told about', async () => {
    harness = await startApp();
    const { jobs, veterans } = await seedWeek(harness);

    const started = await harness
      .http()
      .post('/digest-runs')
      .set('authorization', harness.officer())
      .send({});
    expect(started.status).toBe(202);
    expect(started.body.dryRun).toBe(false);
    const run = await harness.finished(started.body.runId);

    // The clerk has nothing that fits: no empty digest.
    expect(run.counts).toMatchObject({ total: 3, failed: 0, outcomes: { sent: 2, 'nothing-new': 1 } });
    expect(run.state).toBe('completed');
    expect(digestOf(harness, veterans.looking)).toHaveLength(1);
    expect(digestOf(harness, veterans.open)).toHaveLength(1);
    expect(harness.digests.events).toHaveLength(2);
    expect(new Set(jobIdsIn(harness, veterans.looking))).toEqual(
      new Set([jobs.forklift.jobId, jobs.truck.jobId]),
    );
    expect(new Set(jobIdsIn(harness, veterans.open))).toEqual(
      new Set([jobs.forklift.jobId, jobs.truck.jobId, jobs.pushedAlready.jobId]),
    );

    const [digest] = digestOf(harness, veterans.looking);
    expect(digest.key).toBe(veterans.looking);
    expect(digest.envelope.payload.week).toBe(run.week);
    // the veteran's home city, for the bureau's figures by city
    expect(digest.envelope.payload.cityId).toEqual(expect.stringMatching(/^[a-z]+$/));
    const [first] = digest.envelope.payload.jobs;
    expect(first.score).toBeGreaterThanOrEqual(45);
    expect(first.reasons.length).toBeGreaterThan(0);
    expect(first.reasons[0].text.zh).toMatch(/\S/);
    expect(await harness.connection.collection('digests').countDocuments()).toBe(2);

    // The portal's page of the week's picks, for the veteran and for officers; nobody else's.
    const me = `Bearer ${harness.issuer.mint({ userId: veterans.looking, role: 'veteran' })}`;
    const mine = await harness.http().get(`/weekly-digests/me/${run.week}`).set('authorization', me);
    expect(mine.status).toBe(200);
    expect(mine.body.jobs.map((job: { jobId: string }) => job.jobId)).toEqual(
      digest.envelope.payload.jobs.map((job: { jobId: string }) => job.jobId),
    );
    const byOfficer = await harness
      .http()
      .get(`/weekly-digests/${veterans.looking}/${run.week}`)
      .set('authorization', harness.officer());
    expect(byOfficer.body.digestId).toBe(digest.envelope.payload.digestId);
    expect(
      (await harness.http().get(`/weekly-digests/${veterans.open}/${run.week}`).set('authorization', me))
        .status,
    ).toBe(403);
    const clerk = `Bearer ${harness.issuer.mint({ userId: veterans.clerk, role: 'veteran' })}`;
    expect(
      (await harness.http().get(`/weekly-digests/me/${run.week}`).set('authorization', clerk)).status,
    ).toBe(404);
    expect((await harness.http().get('/weekly-digests/me/this-week').set('authorization', me)).status).toBe(
      400,
    );
  });

  it("exports a veteran's digests and what they were told, and forgets them on erasure", async () => {
    harness = await startApp();
    const { veterans } = await seedWeek(harness);
    const started = await harness
      .http()
      .post('/digest-runs')
      .set('authorization', harness.officer())
      .send({});
    await harness.finished(started.body.runId);
    const me = `Bearer ${harness.issuer.mint({ userId: veterans.looking, role: 'veteran' })}`;
    const exportOf = async () =>
      (await harness.http().get('/personal-data/me').set('authorization', me).expect(200)).body.sections;
    const before = await exportOf();
    expect(before.veteran).toMatchObject({ _id: veterans.looking });
    expect(before.weeklyDigests).toHaveLength(1);
    expect(Object.keys(before.alreadyTold)).toHaveLength(1);

    await harness.publish(veteranErased, {
      veteranId: veterans.looking,
      revision: 2,
      erasedAt: new Date().toISOString(),
    });
    const after = await waitFor(
      async () => {
        const sections = await exportOf();
        return sections.veteran === null ? sections : undefined;
      },
      { what: 'the veteran erased from recommendations' },
    );
    expect(after).toEqual({ veteran: null, weeklyDigests: [], alreadyTold: {} });
  });

  it('keeps one schedule however many replicas start, and one digest each when the schedule fires twice and an officer re-runs the week', async () => {
    harness = await startApp();
    const { veterans } = await seedWeek(harness);
    const runs = new Queue(RUNS_QUEUE, {
      connection: { url: harness.config.service.REDIS_URL },
      prefix: harness.config.service.QUEUE_PREFIX,
    });
    // Two more replicas, worker processes of their own, each registering the schedule as it starts.
    const where = {
      database: harness.config.service.MONGODB_DATABASE,
      queuePrefix: harness.config.service.QUEUE_PREFIX,
    };
    replicas.push(startWorkerProcess(where), startWorkerProcess(where));
    await waitFor(async () => ((await runs.getWorkersCount()) >= 3 ? true : undefined), {
      timeoutMs: 60_000,
      what: 'the two replicas taking runs',
    });
    await harness.queues.registerSchedule();
    expect(await harness.queues.scheduleCount()).toBe(1);
    const schedule = await harness
      .http()
      .get('/digest-runs/schedule')
      .set('authorization', harness.officer());
    expect(schedule.body).toMatchObject({ pattern: '0 9 * * 1', timeZone: 'Asia/Shanghai' });
    // Monday 09:00 in Shanghai is Monday 01:00 UTC.
    expect(new Date(schedule.body.next).getUTCDay()).toBe(1);
    expect(new Date(schedule.body.next).getUTCHours()).toBe(1);

    // Two firings of the schedule at once, as a clock skew or a duplicated scheduler would cause.
    await Promise.all([runs.add('weekly', {}), runs.add('weekly', {})]);
    await runs.close();
    const week = (await harness.http().post('/digest-runs').set('authorization', harness.officer()).send({}))
      .body.runId;
    const run = await harness.finished(week);
    expect(run.counts.outcomes.sent).toBe(2);

    const again = await harness.http().post('/digest-runs').set('authorization', harness.officer()).send({});
    expect(again.body.runId).toBe(week);
    await harness.finished(week);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(digestOf(harness, veterans.looking)).toHaveLength(1);
    expect(digestOf(harness, veterans.open)).toHaveLength(1);
    expect(harness.digests.events).toHaveLength(2);
  }, 150_000);

  it('reports a dry run without storing or sending, and the real run after it still sends', async () => {
    harness = await startApp();
    await seedWeek(harness);
    const dry = await harness
      .http()
      .post('/digest-runs')
      .set('authorization', harness.officer())
      .send({ dryRun: true });
    expect(dry.status).toBe(202);
    expect(dry.body.runId).toMatch(/-dry-/);
    const report = await harness.finished(dry.body.runId);
    expect(report.counts).toMatchObject({ total: 3, outcomes: { sent: 2, 'nothing-new': 1 } });
    expect(await harness.connection.collection('digests').countDocuments()).toBe(0);

    const real = await harness.http().post('/digest-runs').set('authorization', harness.officer()).send({});
    await harness.finished(real.body.runId);
    expect(harness.digests.events).toHaveLength(2);
  });
});

describe('the operators API', () => {
  let harness: AppHarness;

  beforeAll(async () => {
    harness = await startApp();
  });

  afterAll(async () => {
    await harness.close();
  });

  it('refuses a week that is not one, or has not begun, naming the field', async () => {
    for (const week of ['2026-W60', 'next week', '2099-W01']) {
      const response = await harness
        .http()
        .post('/digest-runs')
        .set('authorization', harness.officer())
        .send({ week });
      expect(response.status).toBe(400);
      expect(response.body.issues[0].field).toBe('week');
    }
    expect(await harness.connection.collection('runs').countDocuments()).toBe(0);
  });

  it('refuses a failed-digests cursor Redis could not scan from, naming it (found by the API fuzzing: it was a 500)', async () => {
    const { runId } = (
      await harness.http().post('/digest-runs').set('authorization', harness.officer()).send({ dryRun: true })
    ).body;
    const response = await harness
      .http()
      .get(`/digest-runs/${runId}/failed?cursor=39480080777406272965470`)
      .set('authorization', harness.officer());
    expect(response.status).toBe(400);
    expect(response.body.issues[0].field).toBe('cursor');
  });

  it('is for officers only, and knows no run it never started', async () => {
    const veteran = `Bearer ${harness.issuer.mint({ userId: 'vet-1', role: 'veteran' })}`;
    expect((await harness.http().post('/digest-runs').set('authorization', veteran).send({})).status).toBe(
      403,
    );
    expect((await harness.http().post('/digest-runs').send({})).status).toBe(401);
    expect(
      (await harness.http().get('/digest-runs/2020-W01').set('authorization', harness.officer())).status,
    ).toBe(404);
    expect(
      (await harness.http().get('/digest-runs/not-a-run').set('authorization', harness.officer())).status,
    ).toBe(400);
  });
});
