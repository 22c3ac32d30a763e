import { TRAINING_TOPICS } from '@vetlink/contracts';
import { uniqueName } from '@vetlink/testing';
import { shanghaiDayFromNow, startTrainings, TrainingsHarness } from './support/trainings-harness';

interface EnrolmentAnswer {
  id: string;
  veteranId: string;
  status: string;
  seatNo?: number;
  recordedAfterwards?: boolean;
}

/**
 * Runs held already or under way, recorded with their roster: seats by the live enrolment's claims,
 * completions by the live completion path (`trainings.course-completed` once per enrolment).
 */
describe('trainings: recording runs already held or under way (real Kafka, FerretDB, Redis)', () => {
  let trainings: TrainingsHarness;

  beforeAll(async () => {
    trainings = await startTrainings();
  });

  afterEach(() => trainings.clock.reset());

  afterAll(async () => {
    await trainings?.close();
  });

  const record = (courseId: string, body: object, token = trainings.officer) =>
    trainings
      .http()
      .post(`/trainings/courses/${courseId}/recorded-runs`)
      .set('authorization', token)
      .send(body);
  const runsOf = async (courseId: string) =>
    (
      await trainings
        .http()
        .get(`/trainings/courses/${courseId}/runs`)
        .set('authorization', trainings.officer)
        .expect(200)
    ).body.items as Array<{ id: string }>;
  const eventsFor = (type: string, runId: string) =>
    trainings.service.events!.ofType(type).filter((event) => event.envelope.payload.runId === runId);
  const settle = () => new Promise((done) => setTimeout(done, 1_000));

  it('records a finished run with 3 completions: 3 course-completed, once each; a repeat changes nothing', async () => {
    const courseId = await trainings.forkliftCourse();
    const veterans = ['a', 'b', 'c', 'd', 'e'].map((name) => uniqueName(`held-${name}`));
    const body = {
      reference: uniqueName('NJ-2026-forklift'),
      startsOn: shanghaiDayFromNow(-60),
      endsOn: shanghaiDayFromNow(-35),
      capacity: 6,
      roster: [
        { veteranId: veterans[0], completion: { outcome: 'completed', attendancePercent: 96 } },
        { veteranId: veterans[1], completion: { outcome: 'completed', attendancePercent: 90 } },
        { veteranId: veterans[2], completion: { outcome: 'not-completed', attendancePercent: 35 } },
        { veteranId: veterans[3], completion: { outcome: 'completed', attendancePercent: 88 } },
        { veteranId: veterans[4] },
      ],
    };
    const key = uniqueName('record-key');
    const first = (await record(courseId, body).set('idempotency-key', key).expect(201)).body;
    expect(first.run).toMatchObject({
      courseId,
      phase: 'finished',
      capacity: 6,
      recordedAfterwards: true,
      reference: body.reference,
    });
    const runId = first.run.id as string;
    expect(
      first.enrolments.map((enrolment: EnrolmentAnswer) => [enrolment.veteranId, enrolment.status]),
    ).toEqual([
      [veterans[0], 'completed'],
      [veterans[1], 'completed'],
      [veterans[2], 'not-completed'],
      [veterans[3], 'completed'],
      [veterans[4], 'enrolled'],
    ]);
    const seats = first.enrolments.map((enrolment: EnrolmentAnswer) => enrolment.seatNo).sort();
    expect(new Set(seats).size).toBe(5);
    expect(first.enrolments.every((enrolment: EnrolmentAnswer) => enrolment.recordedAfterwards)).toBe(true);

    const completed = await trainings.service.events!.waitFor(
      (event) =>
        event.envelope.type === 'trainings.course-completed' && event.envelope.payload.runId === runId,
      3,
    );
    expect(completed.map((event) => event.key).sort()).toEqual(
      [veterans[0], veterans[1], veterans[3]].sort(),
    );
    expect(completed[0].topic).toBe(TRAINING_TOPICS.enrolments);
    expect(completed.find((event) => event.key === veterans[0])?.envelope.payload).toMatchObject({
      certificateIds: ['forklift-licence'],
      attendancePercent: 96,
      startsOn: body.startsOn,
      endsOn: body.endsOn,
    });
    await trainings.service.events!.waitFor(
      (event) => event.envelope.type === 'trainings.enrolled' && event.envelope.payload.runId === runId,
      5,
    );

    // The same key answers what the first request did; the same body without it finds what it wrote.
    const replayed = await record(courseId, body).set('idempotency-key', key).expect(201);
    expect(replayed.headers['idempotent-replayed']).toBe('true');
    const repeated = (await record(courseId, body).expect(201)).body;
    expect(repeated.run.id).toBe(runId);
    expect(repeated.enrolments.map((enrolment: EnrolmentAnswer) => enrolment.id)).toEqual(
      first.enrolments.map((enrolment: EnrolmentAnswer) => enrolment.id),
    );
    // Another start under the same reference is not the same run.
    expect(
      (await record(courseId, { ...body, startsOn: shanghaiDayFromNow(-61) }).expect(409)).body.message,
    ).toMatch(/startsOn/);
    await settle();
    expect(eventsFor('trainings.course-completed', runId)).toHaveLength(3);
    expect(eventsFor('trainings.enrolled', runId)).toHaveLength(5);
    expect(eventsFor('trainings.run-published', runId)).toHaveLength(1);
    expect(await runsOf(courseId)).toHaveLength(1);
    expect(await trainings.roster(runId)).toHaveLength(5);
  });

  it('refuses a roster beyond the capacity, a veteran twice, a start tomorrow, an early completion: 400, nothing written', async () => {
    const courseId = await trainings.forkliftCourse();
    const [a, b, c] = ['a', 'b', 'c'].map((name) => uniqueName(`refused-${name}`));
    const base = {
      reference: uniqueName('NJ-refused'),
      startsOn: shanghaiDayFromNow(-40),
      endsOn: shanghaiDayFromNow(-15),
      capacity: 2,
      roster: [{ veteranId: a }, { veteranId: b }],
    };
    const field = async (body: object) =>
      (await record(courseId, body).expect(400)).body.issues.map((issue: { field: string }) => issue.field);
    expect(await field({ ...base, roster: [...base.roster, { veteranId: c }] })).toEqual(['roster']);
    expect(await field({ ...base, roster: [{ veteranId: a }, { veteranId: a }] })).toEqual([
      'roster.1.veteranId',
    ]);
    expect(await field({ ...base, startsOn: shanghaiDayFromNow(1), endsOn: shanghaiDayFromNow(30) })).toEqual(
      ['startsOn'],
    );
    expect(
      await field({
        ...base,
        endsOn: shanghaiDayFromNow(20),
        roster: [{ veteranId: a, completion: { outcome: 'completed', attendancePercent: 90 } }],
      }),
    ).toEqual(['roster.0.completion']);
    expect(await field({ ...base, roster: [{ veteranId: 'has space' }] })).toEqual(['roster.0.veteranId']);
    expect(await runsOf(courseId)).toEqual([]);

    // Added later under the same reference, veterans beyond the seats left: 409 naming the roster.
    const runId = (await record(courseId, { ...base, capacity: 3 }).expect(201)).body.run.id as string;
    const more = ['d', 'e'].map((name) => ({ veteranId: uniqueName(`more-${name}`) }));
    expect((await record(courseId, { ...base, capacity: 3, roster: more }).expect(409)).body.message).toMatch(
      /^roster: 2 more veterans need a seat and the run has 1 of 3 free/,
    );
    expect((await trainings.roster(runId)).map((enrolment) => enrolment.veteranId).sort()).toEqual(
      [a, b].sort(),
    );
    await settle();
    expect(eventsFor('trainings.enrolled', runId)).toHaveLength(2);
  });

  it("lets a provider's staff record their own course's run, not another provider's (403)", async () => {
    const providerA = uniqueName('provider-a');
    const providerB = uniqueName('provider-b');
    const staffA = trainings.providerStaff(uniqueName('staff-a'), providerA);
    const courseA = await trainings.forkliftCourse(providerA);
    const courseB = await trainings.forkliftCourse(providerB);
    const body = {
      reference: uniqueName('XZ-held'),
      startsOn: shanghaiDayFromNow(-30),
      endsOn: shanghaiDayFromNow(-5),
      capacity: 10,
      roster: [
        { veteranId: uniqueName('prov-v'), completion: { outcome: 'completed', attendancePercent: 100 } },
      ],
    };
    await record(courseB, body, staffA).expect(403);
    expect(await runsOf(courseB)).toEqual([]);
    await record(courseA, body, trainings.as(uniqueName('vet'), 'veteran')).expect(403);
    const recorded = (await record(courseA, body, staffA).expect(201)).body;
    expect(recorded.enrolments[0]).toMatchObject({ status: 'completed' });
  });

  it('records a run under way with its roster: completion waits for its end (409), then goes out once', async () => {
    const courseId = await trainings.forkliftCourse();
    const veteranId = uniqueName('under-way');
    const recorded = (
      await record(courseId, {
        reference: uniqueName('NJ-under-way'),
        startsOn: shanghaiDayFromNow(-5),
        endsOn: shanghaiDayFromNow(20),
        capacity: 20,
        roster: [{ veteranId }],
      }).expect(201)
    ).body;
    expect(recorded.run).toMatchObject({ phase: 'started', recordedAfterwards: true });
    const enrolmentId = recorded.enrolments[0].id as string;
    const complete = () =>
      trainings
        .http()
        .post(`/trainings/enrolments/${enrolmentId}/completion`)
        .set('authorization', trainings.officer)
        .send({ outcome: 'completed', attendancePercent: 92 });
    expect((await complete().expect(409)).body.message).toMatch(/ends on/);
    // No one enrols in it through vetlink, nor withdraws.
    await trainings.enrol(recorded.run.id, uniqueName('latecomer')).expect(409);
    await trainings
      .http()
      .post(`/trainings/enrolments/${enrolmentId}/withdrawal`)
      .set('authorization', trainings.as(veteranId, 'veteran'))
      .expect(409);

    trainings.clock.setTo(new Date(`${shanghaiDayFromNow(21)}T09:00:00+08:00`));
    expect((await complete().expect(200)).body).toMatchObject({
      status: 'completed',
      recordedAfterwards: true,
    });
    await trainings.service.events!.waitFor(
      (event) => event.envelope.type === 'trainings.course-completed' && event.key === veteranId,
    );
    await complete().expect(409);
    await settle();
    expect(
      trainings.service
        .events!.ofType('trainings.course-completed')
        .filter((event) => event.key === veteranId),
    ).toHaveLength(1);
  });
});
