import { uniqueName } from '@vetlink/testing';
import { InstanceProcess, startInstanceProcess } from '@vetlink/testing/service';
import request from 'supertest';
import { SERVICE_NAME } from '../src/service-name';
import { CONSUMED_TOPICS } from './support/consumed-topics';
import { startTrainings, TrainingsHarness } from './support/trainings-harness';

const INSTANCES = 2;
const ENROLMENTS = 30;
const CAPACITY = 20;

/** Starts one service instance in a child process on the test's database and waits until it listens. */
function startInstance(trainings: TrainingsHarness, index: number): Promise<InstanceProcess> {
  const config = trainings.config();
  config.service.LOG_LEVEL = 'warn';
  return startInstanceProcess({
    script: 'services/trainings/test/support/trainings-instance.ts',
    serviceName: SERVICE_NAME,
    consumedTopics: CONSUMED_TOPICS,
    config,
    index,
  });
}

describe(`trainings: ${ENROLMENTS} enrolments from ${INSTANCES} processes into a run of ${CAPACITY}`, () => {
  let trainings: TrainingsHarness;
  const instances: InstanceProcess[] = [];

  beforeAll(async () => {
    trainings = await startTrainings();
    instances.push(
      ...(await Promise.all(
        Array.from({ length: INSTANCES }, (_, index) => startInstance(trainings, index)),
      )),
    );
  }, 120_000);

  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.stop()));
    await trainings?.close();
  });

  it('seats exactly 20, waitlists 10 in places 1..10, and a withdrawal moves the first in line up', async () => {
    const runId = await trainings.openRun(await trainings.forkliftCourse(), CAPACITY);
    const veterans = Array.from({ length: ENROLMENTS }, (_, index) => uniqueName(`veteran-${index}`));
    const started = Date.now();
    const answers = await Promise.all(
      veterans.map((veteranId, index) =>
        request(instances[index % INSTANCES].url)
          .post(`/trainings/runs/${runId}/enrolments`)
          .set('authorization', trainings.as(veteranId, 'veteran'))
          .then((response) => response),
      ),
    );
    const elapsedMs = Date.now() - started;
    expect(answers.map((answer) => answer.status)).toEqual(veterans.map(() => 201));

    const enrolled = answers.filter((answer) => answer.body.status === 'enrolled');
    const waitlisted = answers.filter((answer) => answer.body.status === 'waitlisted');
    expect(enrolled).toHaveLength(CAPACITY);
    expect(waitlisted).toHaveLength(ENROLMENTS - CAPACITY);
    const seats = enrolled.map((answer) => answer.body.seatNo as number).sort((a, b) => a - b);
    expect(seats).toEqual(Array.from({ length: CAPACITY }, (_, index) => index + 1));
    const places = waitlisted.map((answer) => answer.body.waitlistPosition as number).sort((a, b) => a - b);
    expect(places).toEqual(Array.from({ length: ENROLMENTS - CAPACITY }, (_, index) => index + 1));
    // What is stored agrees with what was answered, and no claim was left behind by the losers.
    const roster = await trainings.roster(runId);
    expect(roster.filter((entry) => entry.status === 'enrolled')).toHaveLength(CAPACITY);
    const claims = trainings.service.connection.collection('enrolment_claims');
    expect(await claims.countDocuments({ runId, kind: 'seat' })).toBe(CAPACITY);
    expect(await claims.countDocuments({ runId, kind: 'veteran' })).toBe(ENROLMENTS);
    process.stdout.write(
      `${ENROLMENTS} enrolments over ${INSTANCES} processes answered in ${elapsedMs} ms\n`,
    );

    // A withdrawal through one instance frees a seat: the first in line (place 1) takes it, no one else.
    const leaving = enrolled[0].body;
    const first = waitlisted.find((answer) => answer.body.waitlistPosition === 1)!.body;
    const second = waitlisted.find((answer) => answer.body.waitlistPosition === 2)!.body;
    await request(instances[1].url)
      .post(`/trainings/enrolments/${leaving.id}/withdrawal`)
      .set('authorization', trainings.as(leaving.veteranId, 'veteran'))
      .expect(200);
    const after = await trainings.roster(runId);
    const byId = new Map(after.map((entry) => [entry.id, entry]));
    expect(byId.get(leaving.id)).toMatchObject({ status: 'cancelled' });
    expect(byId.get(first.id)).toMatchObject({
      status: 'enrolled',
      seatNo: leaving.seatNo,
      waitlistPosition: 1,
    });
    expect(byId.get(second.id)).toMatchObject({ status: 'waitlisted', waitlistPosition: 2 });
    expect(after.filter((entry) => entry.status === 'enrolled')).toHaveLength(CAPACITY);
    expect(after.filter((entry) => entry.status === 'waitlisted')).toHaveLength(ENROLMENTS - CAPACITY - 1);
  }, 60_000);

  it('serialises two capacity changes of one run at the same moment, one per process: one wins, the other 409', async () => {
    const runId = await trainings.openRun(await trainings.forkliftCourse(), 2);
    for (let index = 0; index < 6; index += 1)
      await trainings.enrol(runId, uniqueName(`veteran-resize-${index}`)).expect(201);
    const resize = (instance: InstanceProcess, capacity: number) =>
      request(instance.url)
        .put(`/trainings/runs/${runId}/capacity`)
        .set('authorization', trainings.officer)
        .send({ capacity })
        .then((response) => response);

    const answers = await Promise.all([resize(instances[0], 5), resize(instances[1], 3)]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    const won = answers.find((answer) => answer.status === 200)!;
    const lost = answers.find((answer) => answer.status === 409)!;
    expect(lost.body.message).toMatch(/another request/);
    const capacity = won.body.run.capacity as number;

    // Seats and line agree with the winner's capacity: seats 1..capacity, the rest in line in order.
    const roster = await trainings.roster(runId);
    const seats = roster
      .filter((entry) => entry.status === 'enrolled')
      .map((entry) => entry.seatNo as number)
      .sort((a, b) => a - b);
    expect(seats).toEqual(Array.from({ length: capacity }, (_, index) => index + 1));
    expect(roster.filter((entry) => entry.status === 'waitlisted')).toHaveLength(6 - capacity);
    const claims = trainings.service.connection.collection('enrolment_claims');
    expect(await claims.countDocuments({ runId, kind: 'seat' })).toBe(capacity);
    expect(await claims.countDocuments({ runId, kind: 'capacity-change' })).toBe(1);
    expect(
      (await trainings.http().get(`/trainings/runs/${runId}`).set('authorization', trainings.officer)).body,
    ).toMatchObject({ capacity });

    // The next change takes the next revision; one refused below the seats held leaves it free.
    await resize(instances[1], 1).then((answer) => expect(answer.status).toBe(409));
    const next = await resize(instances[0], 6);
    expect(next.status).toBe(200);
    expect(next.body).toMatchObject({ run: { capacity: 6 }, seated: 6 });
    expect(await claims.countDocuments({ runId, kind: 'capacity-change' })).toBe(2);
    const runs = trainings.service.connection.collection('course_runs');
    expect(await runs.findOne({ _id: runId as never })).toMatchObject({ capacityRevision: 2 });
  }, 60_000);
});
