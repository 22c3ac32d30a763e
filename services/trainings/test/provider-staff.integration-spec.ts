import { uniqueName } from '@vetlink/testing';
import { shanghaiDayFromNow, startTrainings, TrainingsHarness } from './support/trainings-harness';

/**
 * Training-provider staff keep their own provider's runs, as bank staff keep their bank's loans: the
 * token's `org` claim names the provider, the course's `providerId` says whose runs are whose.
 */
describe("trainings: a provider's staff keep their own provider's runs only (real Kafka, FerretDB, Redis)", () => {
  let trainings: TrainingsHarness;
  const providerA = uniqueName('provider-a');
  const providerB = uniqueName('provider-b');
  let staffA: string;
  let staffB: string;

  beforeAll(async () => {
    trainings = await startTrainings();
    staffA = trainings.providerStaff(uniqueName('staff-a'), providerA);
    staffB = trainings.providerStaff(uniqueName('staff-b'), providerB);
  });

  afterEach(() => trainings.clock.reset());

  afterAll(async () => {
    await trainings?.close();
  });

  const roster = (runId: string, token: string) =>
    trainings.http().get(`/trainings/runs/${runId}/enrolments`).set('authorization', token);
  const capacity = (runId: string, token: string, seats: number) =>
    trainings
      .http()
      .put(`/trainings/runs/${runId}/capacity`)
      .set('authorization', token)
      .send({ capacity: seats });
  const cancel = (runId: string, token: string) =>
    trainings
      .http()
      .post(`/trainings/runs/${runId}/cancellation`)
      .set('authorization', token)
      .send({ reason: '师资调整，本期停开' });
  const complete = (enrolmentId: string, token: string) =>
    trainings
      .http()
      .post(`/trainings/enrolments/${enrolmentId}/completion`)
      .set('authorization', token)
      .send({ outcome: 'completed', attendancePercent: 90 });

  it("publishes, reads, resizes and completes its own provider's run; another provider's answers 403 or 404", async () => {
    const courseA = await trainings.forkliftCourse(providerA);
    const courseB = await trainings.forkliftCourse(providerB);
    const bureauCourse = await trainings.forkliftCourse();
    expect(
      (await trainings.http().get(`/trainings/courses/${courseA}`).set('authorization', staffA).expect(200))
        .body,
    ).toMatchObject({ providerId: providerA });

    // Runs: its own provider's course only; courses stay the bureau's to add.
    const runA = (await trainings.publishRun(courseA, 2, staffA).expect(201)).body.id as string;
    await trainings.publishRun(courseB, 2, staffA).expect(403);
    await trainings.publishRun(bureauCourse, 2, staffA).expect(403);
    await trainings
      .publishRun(courseA, 2, trainings.service.bearer({ userId: 'prov-x', role: 'training-provider' }))
      .expect(403);
    await trainings.http().post('/trainings/courses').set('authorization', staffA).send({}).expect(403);
    // Officers keep doing what they did: a run of any provider's course.
    const runB = await trainings.openRun(courseB, 2);

    const veterans = ['a', 'b', 'c'].map((name) => uniqueName(`veteran-${name}`));
    const enrolments: Array<{ id: string; status: string }> = [];
    for (const veteranId of veterans)
      enrolments.push((await trainings.enrol(runA, veteranId).expect(201)).body);
    const inB = (await trainings.enrol(runB, uniqueName('veteran-b')).expect(201)).body;

    // The roster and the line of its own run; another provider's run 403, its enrolments 404.
    expect(
      (await roster(runA, staffA).expect(200)).body.items.map(
        (enrolment: { status: string }) => enrolment.status,
      ),
    ).toEqual(['enrolled', 'enrolled', 'waitlisted']);
    await roster(runB, staffA).expect(403);
    await trainings
      .http()
      .get(`/trainings/enrolments/${enrolments[2].id}`)
      .set('authorization', staffA)
      .expect(200);
    await trainings.http().get(`/trainings/enrolments/${inB.id}`).set('authorization', staffA).expect(404);
    await trainings
      .http()
      .get(`/trainings/enrolments/${enrolments[0].id}`)
      .set('authorization', staffB)
      .expect(404);
    // Withdrawing a veteran stays theirs and the officers'.
    await trainings
      .http()
      .post(`/trainings/enrolments/${enrolments[0].id}/withdrawal`)
      .set('authorization', staffA)
      .expect(403);

    // Capacity: its own run (the first in line takes the new seat); not another provider's.
    await capacity(runB, staffA, 5).expect(403);
    expect((await capacity(runA, staffA, 3).expect(200)).body).toMatchObject({ seated: 3, promoted: 1 });

    // Attendance and completion after the start: its own run's enrolments only.
    trainings.clock.setTo(new Date(`${shanghaiDayFromNow(45)}T10:00:00+08:00`));
    await complete(inB.id, staffA).expect(404);
    await complete(enrolments[0].id, staffB).expect(404);
    expect((await complete(enrolments[0].id, staffA).expect(200)).body).toMatchObject({
      status: 'completed',
      completion: { outcome: 'completed', attendancePercent: 90 },
    });
    const [completed] = await trainings.service.events!.waitFor(
      (event) =>
        event.envelope.type === 'trainings.course-completed' &&
        event.envelope.payload?.enrolmentId === enrolments[0].id,
    );
    expect(completed.envelope.payload).toMatchObject({ runId: runA, veteranId: veterans[0] });
  });

  it("cancels its own provider's run (the enrolments' cancellations name the provider); not another's", async () => {
    const courseA = await trainings.forkliftCourse(providerA);
    const runA = await trainings.openRun(courseA, 2, staffA);
    const enrolment = (await trainings.enrol(runA, uniqueName('veteran')).expect(201)).body;
    await cancel(runA, staffB).expect(403);
    expect((await cancel(runA, staffA).expect(200)).body).toMatchObject({
      cancelledEnrolments: 1,
      run: { id: runA, phase: 'cancelled' },
    });
    const [cancelled] = await trainings.service.events!.waitFor(
      (event) =>
        event.envelope.type === 'trainings.enrolment-cancelled' &&
        event.envelope.payload?.enrolmentId === enrolment.id,
    );
    expect(cancelled.envelope.payload).toMatchObject({ runId: runA, cancelledBy: 'provider' });
    const [runCancelled] = await trainings.service.events!.waitFor(
      (event) => event.envelope.type === 'trainings.run-cancelled' && event.envelope.payload?.runId === runA,
    );
    expect(runCancelled.envelope.payload).toMatchObject({
      reason: '师资调整，本期停开',
      cancelledByRole: 'provider',
      courseId: courseA,
    });
  });
});
