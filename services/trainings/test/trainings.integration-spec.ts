import { TRAINING_TOPICS, veteranErased } from '@vetlink/contracts';
import { uniqueName } from '@vetlink/testing';
import { shanghaiDayFromNow, startTrainings, TrainingsHarness } from './support/trainings-harness';

describe('trainings: courses, runs, enrolment and completion on the real Kafka and FerretDB', () => {
  let trainings: TrainingsHarness;

  beforeAll(async () => {
    trainings = await startTrainings();
  });

  afterAll(async () => {
    await trainings?.close();
  });

  afterEach(() => trainings.clock.reset());

  const withdraw = (enrolmentId: string, token: string) =>
    trainings.http().post(`/trainings/enrolments/${enrolmentId}/withdrawal`).set('authorization', token);

  it('keeps a course with the skills and certificate of its training, and finds it by skill', async () => {
    const courseId = await trainings.forkliftCourse();
    const course = await trainings
      .http()
      .get(`/trainings/courses/${courseId}`)
      .set('authorization', trainings.as('v', 'veteran'))
      .expect(200);
    expect(course.body).toMatchObject({
      trainingId: 'forklift-course',
      skillIds: ['forklift-operation', 'loading-unloading', 'warehouse-operations'],
      certificateIds: ['forklift-licence'],
      veteranPaysFen: 0,
    });
    const found = await trainings
      .http()
      .get('/trainings/courses?skillId=forklift-operation&cityId=nanjing')
      .set('authorization', trainings.as('v', 'veteran'))
      .expect(200);
    expect(found.body.items.map((item: { id: string }) => item.id)).toContain(courseId);
  });

  it('answers 400 naming the field, writes nothing, and lets only officers publish', async () => {
    const base = {
      title: '电工培训',
      durationDays: 30,
      costFen: 300_000,
      provider: '徐州技师学院',
      cityId: 'xuzhou',
      mode: 'in-person',
      skillIds: ['low-voltage-installation'],
    };
    const noVenue = await trainings
      .http()
      .post('/trainings/courses')
      .set('authorization', trainings.officer)
      .send(base)
      .expect(400);
    expect(JSON.stringify(noVenue.body)).toContain('venue');
    const unknownCity = await trainings
      .http()
      .post('/trainings/courses')
      .set('authorization', trainings.officer)
      .send({ ...base, venue: '铜山区', cityId: 'atlantis' })
      .expect(400);
    expect(JSON.stringify(unknownCity.body)).toContain('cityId');
    const overSubsidised = await trainings
      .http()
      .post('/trainings/courses')
      .set('authorization', trainings.officer)
      .send({ ...base, venue: '铜山区', veteranSubsidyFen: 400_000 })
      .expect(400);
    expect(JSON.stringify(overSubsidised.body)).toContain('veteranSubsidyFen');
    expect(
      await trainings.service.connection.collection('courses').countDocuments({ title: '电工培训' }),
    ).toBe(0);
    await trainings
      .http()
      .post('/trainings/courses')
      .set('authorization', trainings.as('v', 'veteran'))
      .send({ ...base, venue: '铜山区' })
      .expect(403);

    const courseId = await trainings.forkliftCourse();
    const lateClose = await trainings
      .http()
      .post(`/trainings/courses/${courseId}/runs`)
      .set('authorization', trainings.officer)
      .send({
        startsOn: shanghaiDayFromNow(30),
        endsOn: shanghaiDayFromNow(60),
        capacity: 20,
        enrolmentOpensAt: new Date().toISOString(),
        enrolmentClosesAt: new Date(Date.now() + 40 * 86_400_000).toISOString(),
      })
      .expect(400);
    expect(JSON.stringify(lateClose.body)).toContain('enrolmentClosesAt');
  });

  it('publishes trainings.run-published with the run, keyed by the run', async () => {
    const courseId = await trainings.forkliftCourse();
    const runId = await trainings.openRun(courseId, 12);
    const [published] = await trainings.service.events!.waitFor(
      (event) => event.envelope.type === 'trainings.run-published' && event.key === runId,
    );
    expect(published.topic).toBe(TRAINING_TOPICS.runs);
    expect(published.envelope.payload).toMatchObject({
      runId,
      courseId,
      capacity: 12,
      cityId: 'nanjing',
      certificateIds: ['forklift-licence'],
    });
    const run = await trainings
      .http()
      .get(`/trainings/runs/${runId}`)
      .set('authorization', trainings.as('v', 'veteran'))
      .expect(200);
    expect(run.body.phase).toBe('enrolment-open');
  });

  it('seats two, lines up the rest, refuses a second enrolment, and moves the line up on withdrawal', async () => {
    const runId = await trainings.openRun(await trainings.forkliftCourse(), 2);
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((name) => uniqueName(`veteran-${name}`));
    const enrolA = (await trainings.enrol(runId, a).expect(201)).body;
    const enrolB = (await trainings.enrol(runId, b).expect(201)).body;
    const enrolC = (await trainings.enrol(runId, c).expect(201)).body;
    const enrolD = (await trainings.enrol(runId, d).expect(201)).body;
    expect([enrolA.status, enrolB.status]).toEqual(['enrolled', 'enrolled']);
    expect(new Set([enrolA.seatNo, enrolB.seatNo])).toEqual(new Set([1, 2]));
    expect(enrolC).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    expect(enrolD).toMatchObject({ status: 'waitlisted', waitlistPosition: 2 });
    expect((await trainings.enrol(runId, a).expect(409)).body.message).toMatch(/already enrolled/);

    // Another veteran sees no one else's enrolment, nor withdraws it.
    await trainings
      .http()
      .get(`/trainings/enrolments/${enrolA.id}`)
      .set('authorization', trainings.as(b, 'veteran'))
      .expect(404);
    await withdraw(enrolA.id, trainings.as(b, 'veteran')).expect(404);

    const withdrawn = await withdraw(enrolA.id, trainings.as(a, 'veteran')).expect(200);
    expect(withdrawn.body).toMatchObject({ status: 'cancelled', cancelledBy: 'veteran' });
    await withdraw(enrolA.id, trainings.as(a, 'veteran')).expect(409);
    const promoted = await trainings
      .http()
      .get(`/trainings/enrolments/${enrolC.id}`)
      .set('authorization', trainings.as(c, 'veteran'))
      .expect(200);
    expect(promoted.body).toMatchObject({ status: 'enrolled', seatNo: enrolA.seatNo, waitlistPosition: 1 });
    expect(promoted.body.promotedAt).toBeDefined();
    const mine = await trainings
      .http()
      .get('/trainings/enrolments/me')
      .set('authorization', trainings.as(d, 'veteran'))
      .expect(200);
    expect(mine.body.items).toEqual([
      expect.objectContaining({ id: enrolD.id, status: 'waitlisted', waitlistPosition: 2 }),
    ]);

    const events = await trainings.service.events!.waitFor(
      (event) => event.envelope.payload?.runId === runId,
      6,
    );
    const types = events.map((event) => `${event.envelope.type}:${event.key}`);
    expect(types).toEqual(
      expect.arrayContaining([`trainings.enrolment-cancelled:${a}`, `trainings.enrolled:${c}`]),
    );
    const promotion = events.filter(
      (event) => event.key === c && event.envelope.type === 'trainings.enrolled',
    );
    await trainings.service.events!.waitFor(
      (event) => event.key === c && event.envelope.type === 'trainings.enrolled',
      2,
    );
    expect(
      trainings.service.events!.events.filter(
        (event) => event.key === c && event.envelope.payload?.promotedFromWaitlist === true,
      ),
    ).toHaveLength(1);
    expect(promotion.length).toBeGreaterThanOrEqual(1);

    // A veteran who withdrew may enrol again, at the end of the line.
    expect((await trainings.enrol(runId, a).expect(201)).body).toMatchObject({
      status: 'waitlisted',
      waitlistPosition: 3,
    });
  });

  it('records completion once after the start, publishing the skills and certificate earned; no withdrawal then', async () => {
    const runId = await trainings.openRun(await trainings.forkliftCourse(), 5);
    const veteranId = uniqueName('veteran');
    const enrolment = (await trainings.enrol(runId, veteranId).expect(201)).body;
    const complete = () =>
      trainings
        .http()
        .post(`/trainings/enrolments/${enrolment.id}/completion`)
        .set('authorization', trainings.officer)
        .send({ outcome: 'completed', attendancePercent: 95 });
    expect((await complete().expect(409)).body.message).toMatch(/starts on/);
    await trainings
      .http()
      .post(`/trainings/enrolments/${enrolment.id}/completion`)
      .set('authorization', trainings.as(veteranId, 'veteran'))
      .send({ outcome: 'completed', attendancePercent: 95 })
      .expect(403);
    await trainings
      .http()
      .post(`/trainings/enrolments/${enrolment.id}/completion`)
      .set('authorization', trainings.officer)
      .send({ outcome: 'done', attendancePercent: 95 })
      .expect(400);

    trainings.clock.setTo(new Date(`${shanghaiDayFromNow(45)}T10:00:00+08:00`));
    await withdraw(enrolment.id, trainings.as(veteranId, 'veteran')).expect(409);
    expect((await complete().expect(200)).body).toMatchObject({
      status: 'completed',
      completion: { outcome: 'completed', attendancePercent: 95 },
    });
    expect((await complete().expect(409)).body.message).toMatch(/already recorded/);

    const [completed] = await trainings.service.events!.waitFor(
      (event) => event.envelope.type === 'trainings.course-completed' && event.key === veteranId,
    );
    expect(completed.topic).toBe(TRAINING_TOPICS.enrolments);
    expect(completed.envelope.payload).toMatchObject({
      veteranId,
      runId,
      enrolmentId: enrolment.id,
      trainingId: 'forklift-course',
      skillIds: ['forklift-operation', 'loading-unloading', 'warehouse-operations'],
      certificateIds: ['forklift-licence'],
      attendancePercent: 95,
    });
    await new Promise((settle) => setTimeout(settle, 500));
    expect(
      trainings.service
        .events!.ofType('trainings.course-completed')
        .filter((event) => event.key === veteranId),
    ).toHaveLength(1);
  });

  it('exports a veteran’s enrolments, and on erasure forgets them and gives the seat to the first in line', async () => {
    const runId = await trainings.openRun(await trainings.forkliftCourse(), 1);
    const [leaving, waiting] = [uniqueName('veteran-erased'), uniqueName('veteran-waiting')];
    const seat = (await trainings.enrol(runId, leaving).expect(201)).body;
    const inLine = (await trainings.enrol(runId, waiting).expect(201)).body;
    const exported = await trainings
      .http()
      .get('/personal-data/me')
      .set('authorization', trainings.as(leaving, 'veteran'))
      .expect(200);
    expect(JSON.stringify(exported.body)).toContain(seat.id);

    const erased = await trainings.service.publish(veteranErased, {
      veteranId: leaving,
      revision: 3,
      erasedAt: new Date().toISOString(),
    });
    await trainings.service.handled(erased);
    expect(
      await trainings.service.connection.collection('enrolments').countDocuments({ veteranId: leaving }),
    ).toBe(0);
    const moved = await trainings
      .http()
      .get(`/trainings/enrolments/${inLine.id}`)
      .set('authorization', trainings.officer)
      .expect(200);
    expect(moved.body).toMatchObject({ status: 'enrolled', seatNo: 1 });
  });
});
