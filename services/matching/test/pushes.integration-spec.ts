import { jobClosed, jobPosted, jobUpdated, profileCreated, profileUpdated } from '@vetlink/contracts';
import { jobFingerprint, jobForMatching, jobSnapshotOf, matchIdOf } from '@vetlink/matching-score';
import { textTermId } from '@vetlink/taxonomy';
import { uniqueName } from '@vetlink/testing';
import { randomUUID } from 'node:crypto';
import { forkliftJobPosted, jobUpdatedFrom, profileSnapshot } from '@vetlink/matching-score/testing';
import { MatchingWorld, searchEngineName } from './support/matching-harness';

/** Long enough for the consumer and the outbox relay to have acted, had they meant to. */
const SETTLE_MS = 3000;
const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

describe(`matched pushes against the real Kafka, FerretDB and ${searchEngineName}`, () => {
  let world: MatchingWorld;

  beforeAll(async () => {
    world = await new MatchingWorld().setUp();
  });

  afterAll(async () => {
    await world?.tearDown();
  });

  it('pushes a posted job once to a fitting veteran, with its reasons in Chinese and English', async () => {
    const veteranId = uniqueName('vet-fit');
    const jobId = uniqueName('job-forklift');
    await world.publish(profileCreated, profileSnapshot(veteranId));
    await world.readModelHas('veterans', veteranId);

    await world.publish(jobPosted, forkliftJobPosted(jobId));
    const [pushed] = await world.waitForMatches(veteranId, jobId);
    expect(pushed.key).toBe(veteranId);
    expect(pushed.envelope).toMatchObject({
      type: 'matching.job-matched',
      version: 1,
      producer: 'matching',
      key: veteranId,
    });
    const payload = pushed.envelope.payload;
    expect(payload).toMatchObject({
      veteranId,
      jobId,
      trigger: 'job-posted',
      job: {
        title: '仓库叉车司机',
        employerName: '南京顺达物流有限公司',
        salary: { min: 6000, max: 8000 },
        cityId: 'nanjing',
        districtId: 'nanjing-jiangning',
        veteranPriority: true,
        veteransOnly: false,
      },
    });
    expect(payload.score).toBeGreaterThanOrEqual(80);
    expect(payload.jobFingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(payload.job.distanceKm).toBeGreaterThan(9);
    expect(payload.job.distanceKm).toBeLessThan(12);
    const texts = payload.reasons.map((reason: { text: { zh: string; en: string } }) => reason.text);
    expect(texts).toContainEqual({
      zh: '叉车操作 — 来自您的培训：叉车培训',
      en: 'Forklift operation — from your training: forklift course',
    });
    expect(texts).toContainEqual({
      zh: '小型汽车驾驶（加分项） — 来自您的军事专业：汽车驾驶员',
      en: 'Light vehicle driving (preferred) — from your military specialty: wheeled vehicle driver',
    });
    expect(texts).toContainEqual({
      zh: '需要 叉车司机证 — 您持有',
      en: 'Needs Forklift operator licence — you hold it',
    });
    expect(texts).toContainEqual({
      zh: '距您家 10 公里，在您设定的 30 公里范围内',
      en: '10 km from your home, within the 30 km you set',
    });
    expect(texts).toContainEqual({ zh: '退役军人优先录用', en: 'Veterans given priority' });
    expect(payload.reasons).toContainEqual(
      expect.objectContaining({
        kind: 'certificate',
        certificateId: 'forklift-licence',
        heldCertificateId: 'forklift-licence',
      }),
    );

    await settle();
    expect(world.matchesFor(veteranId, jobId)).toHaveLength(1);
  });

  it('pushes nothing to a veteran outside their radius or without a required licence, nor to one not looking', async () => {
    const far = uniqueName('vet-far');
    const unlicensed = uniqueName('vet-unlicensed');
    const employed = uniqueName('vet-employed');
    const control = uniqueName('vet-control');
    // Lives in Xuzhou, about 300 km away, with a 30 km radius and no other city named.
    await world.publish(
      profileCreated,
      profileSnapshot(far, undefined, {
        residence: { cityId: 'xuzhou', districtId: null, lat: 34.2, lng: 117.28, precision: 'city' },
        preferredCityIds: ['xuzhou'],
      }),
    );
    // The same driver, but without the forklift licence the job requires.
    await world.publish(
      profileCreated,
      profileSnapshot(unlicensed, {
        specialties: ['wheeled-vehicle-driver'],
        rankId: 'sergeant',
        trainings: ['forklift-course'],
        certificates: ['driving-licence-c1'],
      }),
    );
    await world.publish(
      profileCreated,
      profileSnapshot(employed, undefined, { jobSeekingStatus: 'employed' }),
    );
    await world.publish(profileCreated, profileSnapshot(control));
    await world.readModelHas('veterans', control);

    const jobId = uniqueName('job-forklift');
    await world.publish(jobPosted, forkliftJobPosted(jobId));
    await world.waitForMatches(control, jobId);
    await settle();
    expect(world.matchesFor(far)).toHaveLength(0);
    expect(world.matchesFor(unlicensed)).toHaveLength(0);
    expect(world.matchesFor(employed)).toHaveLength(0);

    // "Why not" says so, in both languages.
    const why = await world
      .http()
      .get(`/veterans/${unlicensed}/jobs/${jobId}/why`)
      .set('Authorization', world.bearer('officer-1', 'officer'))
      .expect(200);
    expect(why.body).toMatchObject({ eligible: false, pushWorthy: false });
    expect(why.body.vetoes).toEqual([
      expect.objectContaining({
        kind: 'certificate-missing',
        certificateId: 'forklift-licence',
        text: {
          zh: '需要 叉车司机证 — 您尚未持有',
          en: 'Needs Forklift operator licence — you do not hold it',
        },
      }),
    ]);
    const farWhy = await world
      .http()
      .get(`/veterans/${far}/jobs/${jobId}/why`)
      .set('Authorization', world.bearer('officer-1', 'officer'))
      .expect(200);
    expect(farWhy.body.vetoes[0]).toMatchObject({ kind: 'outside-radius', radiusKm: 30 });
  });

  it('finds a job whose typed skills the taxonomy did not map by its words, with the words as a reason; a certificate the taxonomy does not know stays a hard requirement', async () => {
    const driver = uniqueName('vet-typed');
    const escort = uniqueName('vet-escort');
    const driverRecord = {
      specialties: ['wheeled-vehicle-driver'],
      rankId: 'sergeant',
      certificates: ['driving-licence-a2'],
    };
    await world.publish(
      profileCreated,
      profileSnapshot(driver, driverRecord, { desiredOccupationIds: ['tractor-trailer-driver'] }),
    );
    // The same driver, who also typed a certificate the taxonomy does not know.
    const typedCertificate = textTermId('危险品押运员证');
    await world.publish(
      profileCreated,
      profileSnapshot(
        escort,
        { ...driverRecord, certificates: [...driverRecord.certificates, typedCertificate] },
        { desiredOccupationIds: ['tractor-trailer-driver'] },
      ),
    );
    for (const id of [driver, escort]) await world.readModelHas('veterans', id);

    // As job-postings publishes a job whose skills were all typed and unknown ("甩挂运输", "长途干线").
    const typedJob = uniqueName('job-typed');
    await world.publish(
      jobPosted,
      forkliftJobPosted(typedJob, {
        title: '重型牵引车司机',
        description: '负责干线甩挂运输，双驾轮换。部队汽车兵优先。',
        occupationId: 'tractor-trailer-driver',
        requiredSkills: [],
        preferredSkills: [],
        requiredCertificates: ['driving-licence-a2'],
      }),
    );
    const [pushed] = await world.waitForMatches(driver, typedJob);
    const texts = pushed.envelope.payload.reasons.map((reason: { text: { zh: string } }) => reason.text.zh);
    expect(texts).toContain('岗位描述提到：牵引车司机 — 与您的期望职业「牵引车司机」相关');

    const escortJob = uniqueName('job-escort');
    await world.publish(
      jobPosted,
      forkliftJobPosted(escortJob, {
        title: '危险品运输押运司机',
        description: '牵引车干线运输，需持押运员证。',
        occupationId: 'tractor-trailer-driver',
        requiredSkills: [],
        preferredSkills: [],
        requiredCertificates: ['driving-licence-a2', typedCertificate],
      }),
    );
    await world.waitForMatches(escort, escortJob);
    await settle();
    expect(world.matchesFor(driver, escortJob)).toHaveLength(0);
    const why = await world
      .http()
      .get(`/veterans/${driver}/jobs/${escortJob}/why`)
      .set('Authorization', world.bearer('officer-1', 'officer'))
      .expect(200);
    expect(why.body.vetoes).toEqual([
      expect.objectContaining({ kind: 'certificate-missing', certificateId: typedCertificate }),
    ]);
    expect(why.body.vetoes[0].text.zh).toBe('需要 危险品押运员证 — 您尚未持有');
  });

  it('pushes again only after a material change, and nothing for other updates', async () => {
    const veteranId = uniqueName('vet-updates');
    const jobId = uniqueName('job-forklift');
    await world.publish(profileCreated, profileSnapshot(veteranId));
    await world.readModelHas('veterans', veteranId);
    const posted = forkliftJobPosted(jobId);
    await world.publish(jobPosted, posted);
    const [first] = await world.waitForMatches(veteranId, jobId);

    // The description and headcount are not material: the job is not pushed again.
    const reworded = jobUpdatedFrom(posted, { description: '新的岗位描述：两班倒。', headcount: 5 }, false);
    await world.publish(jobUpdated, reworded);
    await world.readModelHas('jobs', jobId, (document) => document['updatedAt'] === reworded.updatedAt);
    await settle();
    expect(world.matchesFor(veteranId, jobId)).toHaveLength(1);

    // A pay rise is: pushed once more, with a new fingerprint.
    await world.publish(jobUpdated, jobUpdatedFrom(reworded, { salary: { min: 7000, max: 9000 } }, true));
    const pushes = await world.waitForMatches(veteranId, jobId, 2);
    expect(pushes[1].envelope.payload).toMatchObject({
      trigger: 'job-updated',
      job: { salary: { min: 7000, max: 9000 } },
    });
    expect(pushes[1].envelope.payload.jobFingerprint).not.toBe(first.envelope.payload.jobFingerprint);
    expect(pushes[1].envelope.payload.matchId).not.toBe(first.envelope.payload.matchId);

    // The veteran's own profile changes: jobs already pushed in this version are not pushed again.
    await world.publish(profileUpdated, {
      ...profileSnapshot(veteranId, undefined, { revision: 2, minimumMonthlySalary: 5500 }),
      changedFields: ['minimumMonthlySalary'],
    });
    await world.readModelHas('veterans', veteranId, (document) => document['revision'] === 2);
    await settle();
    expect(world.matchesFor(veteranId, jobId)).toHaveLength(2);

    // The ledger holds one entry per version pushed, each claimed by the event that pushed it.
    const ledger = world.connection.collection('push_ledger');
    for (const push of pushes) {
      expect(await ledger.findOne({ _id: push.envelope.payload.matchId as never })).toMatchObject({
        veteranId,
        jobId,
        fingerprint: push.envelope.payload.jobFingerprint,
      });
    }
  });

  it('pushes new fitting jobs to a veteran whose profile is created after them', async () => {
    const jobId = uniqueName('job-forklift');
    await world.publish(jobPosted, forkliftJobPosted(jobId));
    await world.readModelHas('jobs', jobId);
    const veteranId = uniqueName('vet-late');
    await world.publish(profileCreated, profileSnapshot(veteranId));
    const [pushed] = await world.waitForMatches(veteranId, jobId);
    expect(pushed.envelope.payload.trigger).toBe('profile-changed');
  });

  it('builds the read model from old events (history, a long outage) but pushes nothing for them', async () => {
    const veteranId = uniqueName('vet-history');
    const jobId = uniqueName('job-old');
    const tenDaysAgo = new Date(Date.now() - 10 * 24 * 3600_000);
    await world.publish(profileCreated, profileSnapshot(veteranId), { occurredAt: tenDaysAgo });
    await world.publish(jobPosted, forkliftJobPosted(jobId), { occurredAt: tenDaysAgo });
    await world.readModelHas('jobs', jobId);
    await settle();
    expect(world.matchesFor(veteranId)).toHaveLength(0);
    const recommended = await world
      .http()
      .get('/veterans/me/recommended-jobs')
      .set('Authorization', world.bearer(veteranId, 'veteran'))
      .expect(200);
    expect(recommended.body.items.map((item: { job: { jobId: string } }) => item.job.jobId)).toContain(jobId);
  });

  it('forgets a closed job', async () => {
    const jobId = uniqueName('job-closed');
    const posted = forkliftJobPosted(jobId);
    await world.publish(jobPosted, posted);
    await world.readModelHas('jobs', jobId);
    await settle();
    const pushedWhileOpen = world.matches.events.filter(
      (event) => event.envelope.payload?.jobId === jobId,
    ).length;
    await world.publish(jobClosed, {
      jobId,
      employerId: posted.employerId,
      reason: 'filled',
      closedAt: new Date().toISOString(),
    });
    await world.readModelHas('jobs', jobId, (document) => document['status'] === 'closed');
    // A replay of the posting cannot bring it back.
    await world.publish(jobPosted, posted);
    const veteranId = uniqueName('vet-after-close');
    await world.publish(profileCreated, profileSnapshot(veteranId));
    await world.readModelHas('veterans', veteranId);
    await settle();
    expect(world.matchesFor(veteranId, jobId)).toHaveLength(0);
    expect(world.matches.events.filter((event) => event.envelope.payload?.jobId === jobId)).toHaveLength(
      pushedWhileOpen,
    );
    await world
      .http()
      .get(`/veterans/${veteranId}/jobs/${jobId}/why`)
      .set('Authorization', world.bearer(veteranId, 'veteran'))
      .expect(200)
      .expect((response) => expect(response.body.jobStatus).toBe('closed'));
  });

  it('handles a posting again after a crash cut it short between its ledger claims and their events: what it claimed goes out once, nothing more', async () => {
    const claimedBeforeCrash = uniqueName('vet-claimed');
    const pushedEarlier = uniqueName('vet-earlier');
    const jobId = uniqueName('job-forklift');
    for (const veteranId of [claimedBeforeCrash, pushedEarlier]) {
      await world.publish(profileCreated, profileSnapshot(veteranId));
      await world.readModelHas('veterans', veteranId);
    }
    const posted = forkliftJobPosted(jobId);
    const fingerprint = jobFingerprint(jobForMatching(jobSnapshotOf(posted)));
    const postingEventId = randomUUID();
    // The state a crash leaves: this posting's claim in the ledger and no batch; another pair claimed long ago.
    const claim = (veteranId: string, batchId: string) => ({
      _id: matchIdOf(veteranId, jobId, fingerprint),
      veteranId,
      jobId,
      fingerprint,
      score: 80,
      trigger: 'job-posted',
      batchId,
      pushedAt: new Date(),
    });
    await world
      .connection!.collection('push_ledger')
      .insertMany([claim(claimedBeforeCrash, postingEventId), claim(pushedEarlier, randomUUID())] as never[]);

    await world.publish(jobPosted, posted, { eventId: postingEventId });
    const [push] = await world.waitForMatches(claimedBeforeCrash, jobId);
    expect(push.envelope.payload.matchId).toBe(matchIdOf(claimedBeforeCrash, jobId, fingerprint));
    await settle();
    expect(world.matchesFor(claimedBeforeCrash, jobId)).toHaveLength(1);
    expect(world.matchesFor(pushedEarlier, jobId)).toHaveLength(0);
  });
});
