import { jobClosed, jobPosted, profileCreated, veteranErased } from '@vetlink/contracts';
import { forkliftJobPosted, profileSnapshot } from '@vetlink/matching-score/testing';
import { uniqueName } from '@vetlink/testing';
import { SkillGapsViewDto } from '../src/skill-gaps/skill-gaps.view';
import { startTrainings, TrainingsHarness } from './support/trainings-harness';

/**
 * Everything happens in Lianyungang: other tests on the machine post jobs to the same topic, in Nanjing
 * mostly, and every job posted while this test runs reaches its read model; none of theirs are here.
 */
const HAIZHOU = {
  cityId: 'lianyungang',
  districtId: 'lianyungang-haizhou',
  address: '海州区新浦物流园 3 号',
  lat: 34.5721,
  lng: 119.1631,
};
const HOME = {
  cityId: 'lianyungang',
  districtId: 'lianyungang-haizhou',
  lat: 34.6,
  lng: 119.2,
  precision: 'exact' as const,
};

/** A forklift driver's job in Haizhou: forklift skills and the forklift licence. */
const forkliftJob = (jobId: string) =>
  forkliftJobPosted(jobId, { location: HAIZHOU, employerName: '连云港港通物流有限公司' });

/** A delivery-van job in Haizhou that needs a C1 licence and light-vehicle driving. */
const vanJob = (jobId: string, max: number) =>
  forkliftJobPosted(jobId, {
    location: HAIZHOU,
    employerName: '连云港港通物流有限公司',
    title: '轻型货车驾驶员（C1）',
    occupationId: 'delivery-driver',
    requiredSkills: [{ skillId: 'light-vehicle-driving', level: 2 }],
    preferredSkills: [],
    requiredCertificates: ['driving-licence-c1'],
    salary: { min: 6000, max },
  });

/** A wheeled-vehicle driver who never got a civilian licence: no C1, no forklift licence. */
const unlicensedProfile = (veteranId: string) =>
  profileSnapshot(
    veteranId,
    { specialties: ['wheeled-vehicle-driver'], rankId: 'sergeant' },
    { residence: HOME, preferredCityIds: ['lianyungang'], radiusKm: 20 },
  );

/** A driver with an A2 licence (covers C1) and the forklift licence: every job here is open to them. */
const licensedProfile = (veteranId: string) =>
  profileSnapshot(veteranId, undefined, { residence: HOME, preferredCityIds: ['lianyungang'], radiusKm: 20 });

/** A course of the bureau in Lianyungang. */
const course = (
  title: string,
  skillIds: string[],
  certificateIds: string[],
  costFen: number,
  veteranSubsidyFen: number,
) => ({
  title,
  skillIds,
  certificateIds,
  durationDays: 20,
  costFen,
  veteranSubsidyFen,
  provider: '连云港市退役军人职业技能培训中心',
  cityId: 'lianyungang',
  venue: '海州区培训基地',
  mode: 'in-person',
});

interface SkillGapsBody {
  veteranId: string;
  jobsConsidered: number;
  courses: {
    courseId: string;
    unlockedJobCount: number;
    pay: { min: number; max: number };
    jobs: { jobId: string; title: string; employerName: string; cityId: string }[];
    runs: { runId: string; seatsLeft: number; phase: string }[];
    veteranPaysFen: number;
  }[];
  gaps: { kind: string; id: string; jobCount: number; courseIds: string[] }[];
}

describe('trainings: skill gaps from job and profile events, on the real Kafka and FerretDB', () => {
  let trainings: TrainingsHarness;
  let drivingCourseId: string;
  let forkliftCourseId: string;
  let drivingRunId: string;
  const jobIds = [1, 2, 3].map((n) => uniqueName(`van-${n}`));
  const forkliftJobId = uniqueName('forklift');

  beforeAll(async () => {
    trainings = await startTrainings();
    const publishCourse = async (body: ReturnType<typeof course>) =>
      (
        await trainings
          .http()
          .post('/trainings/courses')
          .set('authorization', trainings.officer)
          .send(body)
          .expect(201)
      ).body.id as string;
    drivingCourseId = await publishCourse(
      course(
        'C1 驾驶证培训（退役军人专班）',
        ['light-vehicle-driving'],
        ['driving-licence-c1'],
        400_000,
        300_000,
      ),
    );
    drivingRunId = await trainings.openRun(drivingCourseId, 20);
    forkliftCourseId = await publishCourse(
      course('叉车操作培训', ['forklift-operation'], ['forklift-licence'], 280_000, 280_000),
    );
    await trainings.openRun(forkliftCourseId, 12);
    // A course without a run a veteran may still enrol in does not count, nor one in another city.
    await publishCourse(
      course('C1 驾驶证培训（无开班）', ['light-vehicle-driving'], ['driving-licence-c1'], 0, 0),
    );
    await trainings.openRun(await trainings.forkliftCourse(), 12);
    const published = [
      ...(await Promise.all(
        jobIds.map((jobId, n) => trainings.service.publish(jobPosted, vanJob(jobId, 7000 + n * 500))),
      )),
      await trainings.service.publish(jobPosted, forkliftJob(forkliftJobId)),
    ];
    for (const envelope of published) await trainings.service.handled(envelope);
  });

  afterAll(async () => {
    await trainings?.close();
  });

  const skillGaps = (veteranId: string, query = '') =>
    trainings
      .http()
      .get(`/trainings/skill-gaps/me${query}`)
      .set('authorization', trainings.as(veteranId, 'veteran'));

  const withProfile = async (profile: ReturnType<typeof profileSnapshot>) =>
    trainings.service.handled(await trainings.service.publish(profileCreated, profile));

  it('ranks the driving course first for a veteran without the licence, with the jobs it unlocks and its run', async () => {
    const veteranId = uniqueName('veteran-unlicensed');
    await withProfile(unlicensedProfile(veteranId));
    const body = (await skillGaps(veteranId).expect(200)).body as SkillGapsBody;
    // The answer is what the OpenAPI document says it is.
    expect(SkillGapsViewDto.schema.safeParse(body).error).toBeUndefined();
    expect(body).toMatchObject({ cityIds: ['lianyungang'], jobsConsidered: 4 });
    expect(body.courses.map((course) => course.courseId)).toEqual([drivingCourseId, forkliftCourseId]);
    const [driving, forklift] = body.courses;
    expect(driving.unlockedJobCount).toBe(3);
    expect(driving.pay).toEqual({ min: 6000, max: 8000 });
    expect(driving.jobs.map((job) => job.jobId).sort()).toEqual([...jobIds].sort());
    expect(driving.jobs[0]).toMatchObject({
      title: '轻型货车驾驶员（C1）',
      employerName: '连云港港通物流有限公司',
      cityId: 'lianyungang',
    });
    expect(driving.veteranPaysFen).toBe(100_000);
    expect(driving.runs).toEqual([
      expect.objectContaining({ runId: drivingRunId, seatsLeft: 20, phase: 'enrolment-open' }),
    ]);
    // `jobs` says how many of them to list; all are counted either way.
    const one = (await skillGaps(veteranId, '?jobs=1').expect(200)).body as SkillGapsBody;
    expect(one.courses[0]).toMatchObject({ courseId: drivingCourseId, unlockedJobCount: 3 });
    expect(one.courses[0].jobs).toEqual(driving.jobs.slice(0, 1));
    expect(forklift.unlockedJobCount).toBe(1);
    expect(forklift.jobs[0].jobId).toBe(forkliftJobId);
    // The C1 licence is what most often stands in the way, and the driving course closes it.
    expect(body.gaps[0]).toMatchObject({ kind: 'certificate', id: 'driving-licence-c1', jobCount: 3 });
    expect(body.gaps[0].courseIds).toEqual([drivingCourseId]);

    // A seat taken shows as one fewer left.
    await trainings.enrol(drivingRunId, uniqueName('veteran-enrolled')).expect(201);
    const again = (await skillGaps(veteranId).expect(200)).body as SkillGapsBody;
    expect(again.courses[0].runs[0].seatsLeft).toBe(19);
  });

  it('suggests nothing to a veteran with nothing to gain', async () => {
    // An A2 licence covers C1, the forklift licence is held: every job is open to them already.
    const veteranId = uniqueName('veteran-licensed');
    await withProfile(licensedProfile(veteranId));
    const body = (await skillGaps(veteranId).expect(200)).body as SkillGapsBody;
    expect(body.courses).toEqual([]);
    expect(body.gaps).toEqual([]);
  });

  it('stops counting a closed job', async () => {
    const veteranId = uniqueName('veteran-closed');
    await withProfile(unlicensedProfile(veteranId));
    const closed = await trainings.service.publish(jobClosed, {
      jobId: jobIds[0],
      employerId: 'employer-shunda',
      reason: 'filled',
      closedAt: new Date().toISOString(),
    });
    await trainings.service.handled(closed);
    const body = (await skillGaps(veteranId).expect(200)).body as SkillGapsBody;
    expect(body.jobsConsidered).toBe(3);
    expect(body.courses[0]).toMatchObject({ courseId: drivingCourseId, unlockedJobCount: 2 });
    expect(body.courses[0].jobs.map((job) => job.jobId)).not.toContain(jobIds[0]);
    // A replayed job-posted does not bring it back.
    await trainings.service.handled(await trainings.service.publish(jobPosted, vanJob(jobIds[0], 7000)));
    expect(((await skillGaps(veteranId).expect(200)).body as SkillGapsBody).jobsConsidered).toBe(3);
  });

  it('lets an officer of the veteran’s city read them, not one of another city; 404 and 400 as elsewhere', async () => {
    const veteranId = uniqueName('veteran-officer');
    await withProfile(unlicensedProfile(veteranId));
    const officer = (organisationId: string) =>
      trainings.service.bearer({ userId: uniqueName('officer'), role: 'officer', organisationId });
    const read = (token: string, id = veteranId, query = '') =>
      trainings.http().get(`/trainings/skill-gaps/${id}${query}`).set('authorization', token);
    expect((await read(officer('lianyungang')).expect(200)).body.courses[0].courseId).toBe(drivingCourseId);
    await read(officer('nanjing')).expect(404);
    // An officer of the provincial bureau (no city) serves every veteran.
    await read(officer('jiangsu-bureau')).expect(200);
    await read(officer('lianyungang'), uniqueName('nobody')).expect(404);
    await read(officer('lianyungang'), 'x'.repeat(129)).expect(400);
    // `jobs` out of 1–100 is a 400 naming it, on both routes.
    for (const jobs of ['0', '101', '2.5', 'many']) {
      const refused = await read(officer('lianyungang'), veteranId, `?jobs=${jobs}`).expect(400);
      expect(JSON.stringify(refused.body)).toContain('jobs');
    }
    expect(JSON.stringify((await skillGaps(veteranId, '?jobs=0').expect(400)).body)).toContain('jobs');
    const all = await read(officer('lianyungang'), veteranId, '?jobs=100').expect(200);
    // Every unlocked job listed (one of the three was closed by the test before).
    expect(all.body.courses[0].jobs).toHaveLength(all.body.courses[0].unlockedJobCount);
    await read(trainings.as(veteranId, 'veteran')).expect(403);
    await skillGaps(uniqueName('no-profile')).expect(404);
  });

  it('forgets an erased veteran', async () => {
    const veteranId = uniqueName('veteran-erased');
    await withProfile(unlicensedProfile(veteranId));
    await skillGaps(veteranId).expect(200);
    const exported = await trainings
      .http()
      .get('/personal-data/me')
      .set('authorization', trainings.as(veteranId, 'veteran'))
      .expect(200);
    expect(JSON.stringify(exported.body)).toContain('skill-gap-profile');
    const erased = await trainings.service.publish(veteranErased, {
      veteranId,
      revision: 2,
      erasedAt: new Date().toISOString(),
    });
    await trainings.service.handled(erased);
    expect(
      await trainings.service.connection
        .collection<{ _id: string }>('skill_gap_veterans')
        .countDocuments({ _id: veteranId }),
    ).toBe(0);
    await skillGaps(veteranId).expect(404);
  });
});
