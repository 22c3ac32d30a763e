import { uniqueName } from '@vetlink/testing';
import { RunReminders } from '../src/reminders/run-reminders';
import { startTrainings, TrainingsHarness } from './support/trainings-harness';

describe('trainings: an officer cancels a run or changes its capacity (real Kafka, FerretDB, Redis)', () => {
  let trainings: TrainingsHarness;

  beforeAll(async () => {
    trainings = await startTrainings();
  });

  afterAll(async () => {
    await trainings?.close();
  });

  const cancel = (
    runId: string,
    token = trainings.officer,
    body: object = { reason: '场地检修，本期停开' },
  ) => trainings.http().post(`/trainings/runs/${runId}/cancellation`).set('authorization', token).send(body);

  const cancelledEventsOf = (runId: string) =>
    trainings.service.events!.events.filter(
      (event) =>
        event.envelope.type === 'trainings.enrolment-cancelled' && event.envelope.payload?.runId === runId,
    );

  /** Waits for `count` enrolment-cancelled events of the run, then a little more so that extras would show. */
  async function cancelledEvents(runId: string, count: number) {
    await trainings.service.events!.waitFor(
      (event) =>
        event.envelope.type === 'trainings.enrolment-cancelled' && event.envelope.payload?.runId === runId,
      count,
    );
    await new Promise((settle) => setTimeout(settle, 3000));
    return cancelledEventsOf(runId);
  }

  it('cancels every seat and place in line once, removes the reminders and refuses enrolment, whoever asks twice', async () => {
    const runId = await trainings.openRun(await trainings.forkliftCourse(), 2);
    const veterans = ['a', 'b', 'c', 'd'].map((name) => uniqueName(`veteran-${name}`));
    const enrolments: Array<{ id: string; status: string }> = [];
    for (const veteranId of veterans)
      enrolments.push((await trainings.enrol(runId, veteranId).expect(201)).body);
    expect(enrolments.map((enrolment) => enrolment.status)).toEqual([
      'enrolled',
      'enrolled',
      'waitlisted',
      'waitlisted',
    ]);
    const reminders = trainings.service.app.get(RunReminders);
    const run = (
      await trainings.http().get(`/trainings/runs/${runId}`).set('authorization', trainings.officer)
    ).body;
    const seated = enrolments
      .slice(0, 2)
      .map((enrolment) => ({ enrolmentId: enrolment.id, startsOn: run.startsOn }));
    for (const seat of seated) expect((await reminders.pending(seat)).length).toBeGreaterThan(0);

    // Only officers, and a reason is needed (400 naming it, nothing changed).
    await cancel(runId, trainings.as(veterans[0], 'veteran')).expect(403);
    expect(JSON.stringify((await cancel(runId, trainings.officer, {}).expect(400)).body)).toContain('reason');

    // Two officers at once: one cancels, the other is told so.
    const answers = await Promise.all([cancel(runId), cancel(runId)]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    const done = answers.find((answer) => answer.status === 200)!.body;
    expect(done).toMatchObject({
      cancelledEnrolments: 4,
      run: { id: runId, phase: 'cancelled', cancellation: { reason: '场地检修，本期停开' } },
    });

    const roster = await trainings.roster(runId);
    expect(roster.map((enrolment) => enrolment.status)).toEqual(Array(4).fill('cancelled'));
    const events = await cancelledEvents(runId, 4);
    expect(events).toHaveLength(4);
    expect(new Set(events.map((event) => event.envelope.payload.enrolmentId))).toEqual(
      new Set(enrolments.map((enrolment) => enrolment.id)),
    );
    expect(events.map((event) => event.envelope.payload.cancelledBy)).toEqual(Array(4).fill('officer'));
    expect(events.map((event) => event.envelope.payload.previousStatus).sort()).toEqual([
      'enrolled',
      'enrolled',
      'waitlisted',
      'waitlisted',
    ]);
    for (const seat of seated) expect(await reminders.pending(seat)).toEqual([]);
    // The run's own event, once, with the reason, who, when, its course and city (keyed by the run).
    await trainings.service.events!.waitFor(
      (event) => event.envelope.type === 'trainings.run-cancelled' && event.envelope.payload?.runId === runId,
    );
    const runCancelled = trainings.service.events!.events.filter(
      (event) => event.envelope.type === 'trainings.run-cancelled' && event.envelope.payload?.runId === runId,
    );
    expect(runCancelled).toHaveLength(1);
    expect(runCancelled[0].key).toBe(runId);
    expect(runCancelled[0].topic).toBe('trainings.runs');
    expect(runCancelled[0].envelope.payload).toMatchObject({
      runId,
      courseId: run.courseId,
      courseTitle: '叉车操作培训（退役军人专班）',
      cityId: 'nanjing',
      startsOn: run.startsOn,
      reason: '场地检修，本期停开',
      cancelledByRole: 'officer',
      cancelledAt: done.run.cancellation.at,
    });

    // The run shows it; new enrolments, withdrawals and a second cancellation are refused.
    const shown = await trainings
      .http()
      .get(`/trainings/runs/${runId}`)
      .set('authorization', trainings.officer);
    expect(shown.body).toMatchObject({ phase: 'cancelled', cancellation: { reason: '场地检修，本期停开' } });
    expect((await trainings.enrol(runId, uniqueName('veteran-late')).expect(409)).body.message).toMatch(
      /cancelled/,
    );
    expect((await trainings.enrol(runId, veterans[0]).expect(409)).body.message).toMatch(/cancelled/);
    await trainings
      .http()
      .post(`/trainings/enrolments/${enrolments[2].id}/withdrawal`)
      .set('authorization', trainings.as(veterans[2], 'veteran'))
      .expect(409);
    expect((await cancel(runId).expect(409)).body.message).toMatch(/already cancelled/);
    expect(cancelledEventsOf(runId)).toHaveLength(4);
  });

  it('leaves no enrolment standing when veterans enrol while the run is being cancelled', async () => {
    const runId = await trainings.openRun(await trainings.forkliftCourse(), 3);
    const veterans = Array.from({ length: 8 }, (_, index) => uniqueName(`veteran-race-${index}`));
    const [answers, cancelled] = await Promise.all([
      Promise.all(veterans.map((veteranId) => trainings.enrol(runId, veteranId))),
      new Promise((start) => setTimeout(start, 50)).then(() => cancel(runId)),
    ]);
    expect(cancelled.status).toBe(200);
    for (const answer of answers) expect([201, 409]).toContain(answer.status);
    const roster = await trainings.roster(runId);
    expect(roster.filter((enrolment) => enrolment.status !== 'cancelled')).toEqual([]);
    // Each enrolment written is cancelled exactly once.
    const events = roster.length > 0 ? await cancelledEvents(runId, roster.length) : [];
    expect(events.map((event) => event.envelope.payload.enrolmentId).sort()).toEqual(
      roster.map((enrolment) => enrolment.id).sort(),
    );
    expect(
      await trainings.service.connection
        .collection('enrolment_claims')
        .countDocuments({ runId, kind: { $in: ['seat', 'veteran'] } }),
    ).toBe(0);
  });

  const setCapacity = (runId: string, capacity: unknown, token = trainings.officer) =>
    trainings.http().put(`/trainings/runs/${runId}/capacity`).set('authorization', token).send({ capacity });

  const seatsOf = async (runId: string) =>
    (await trainings.roster(runId))
      .filter((enrolment) => enrolment.status === 'enrolled')
      .map((enrolment) => enrolment.seatNo)
      .sort((a, b) => (a ?? 0) - (b ?? 0));

  it('raises the capacity seating the first in line in order, and never lowers it below the seats held', async () => {
    const runId = await trainings.openRun(await trainings.forkliftCourse(), 2);
    const veterans = ['a', 'b', 'c', 'd', 'e'].map((name) => uniqueName(`veteran-cap-${name}`));
    const enrolments: Array<{ id: string; status: string }> = [];
    for (const veteranId of veterans)
      enrolments.push((await trainings.enrol(runId, veteranId).expect(201)).body);

    const refused = await setCapacity(runId, 1).expect(409);
    expect(refused.body.message).toMatch(/2 veterans are seated/);
    await setCapacity(runId, 4, trainings.as(veterans[0], 'veteran')).expect(403);
    expect(JSON.stringify((await setCapacity(runId, 0).expect(400)).body)).toContain('capacity');

    const raised = await setCapacity(runId, 4).expect(200);
    expect(raised.body).toMatchObject({ run: { id: runId, capacity: 4 }, seated: 4, promoted: 2 });
    const roster = await trainings.roster(runId);
    const statusOf = (index: number) => roster.find((enrolment) => enrolment.id === enrolments[index].id);
    expect([2, 3].map((index) => statusOf(index)?.status)).toEqual(['enrolled', 'enrolled']);
    expect(statusOf(4)).toMatchObject({ status: 'waitlisted', waitlistPosition: 3 });
    expect(await seatsOf(runId)).toEqual([1, 2, 3, 4]);
    await trainings.service.events!.waitFor(
      (event) =>
        event.envelope.type === 'trainings.enrolled' &&
        event.envelope.payload?.runId === runId &&
        event.envelope.payload?.promotedFromWaitlist === true,
      2,
    );
  });

  it('lowers the capacity by moving seats numbered above it into free ones', async () => {
    const runId = await trainings.openRun(await trainings.forkliftCourse(), 10);
    const veterans = Array.from({ length: 3 }, (_, index) => uniqueName(`veteran-low-${index}`));
    for (const veteranId of veterans) await trainings.enrol(runId, veteranId).expect(201);
    const lowered = await setCapacity(runId, 3).expect(200);
    expect(lowered.body).toMatchObject({ run: { capacity: 3 }, seated: 3, promoted: 0 });
    expect(await seatsOf(runId)).toEqual([1, 2, 3]);
    const seatClaims = await trainings.service.connection
      .collection('enrolment_claims')
      .find({ runId, kind: 'seat' })
      .toArray();
    expect(seatClaims.map((claim) => claim._id).sort()).toEqual([1, 2, 3].map((seat) => `${runId}:${seat}`));
    expect((await trainings.enrol(runId, uniqueName('veteran-low-late')).expect(201)).body.status).toBe(
      'waitlisted',
    );
    expect((await setCapacity(runId, 2).expect(409)).body.message).toMatch(/3 veterans are seated/);
  });

  it('never seats more than the capacity when veterans enrol while it is raised', async () => {
    const runId = await trainings.openRun(await trainings.forkliftCourse(), 2);
    const veterans = Array.from({ length: 8 }, (_, index) => uniqueName(`veteran-raise-${index}`));
    const [answers, raised] = await Promise.all([
      Promise.all(veterans.map((veteranId) => trainings.enrol(runId, veteranId))),
      new Promise((start) => setTimeout(start, 50)).then(() => setCapacity(runId, 5)),
    ]);
    expect(raised.status).toBe(200);
    expect(answers.map((answer) => answer.status)).toEqual(Array(8).fill(201));
    expect(await seatsOf(runId)).toEqual([1, 2, 3, 4, 5]);
    const line = (await trainings.roster(runId)).filter((enrolment) => enrolment.status === 'waitlisted');
    expect(line).toHaveLength(3);
  });
});
