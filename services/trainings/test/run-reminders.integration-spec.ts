import { uniqueName } from '@vetlink/testing';
import { shanghaiMidnight } from '../src/courses/domain/course-run';
import { ReminderOffset } from '../src/reminders/domain/reminder-offsets';
import { reminderDueAt, ReminderJob } from '../src/reminders/domain/reminder-schedule';
import { RunReminders } from '../src/reminders/run-reminders';
import { SendRunReminder } from '../src/reminders/use-cases/send-run-reminder';
import { shanghaiDayFromNow, startTrainings, TrainingsHarness } from './support/trainings-harness';

const DAY_MS = 86_400_000;
const ONE_DAY_AT_8: ReminderOffset = { daysBefore: 1, minuteOfDay: 8 * 60 };

describe('trainings: reminders before a run starts (BullMQ on the real Redis, Kafka, FerretDB)', () => {
  let trainings: TrainingsHarness;
  let courseId: string;

  beforeAll(async () => {
    trainings = await startTrainings({ RUN_REMINDERS: [{ daysBefore: 3, minuteOfDay: 480 }, ONE_DAY_AT_8] });
    courseId = await trainings.forkliftCourse();
  });

  afterAll(async () => {
    await trainings?.close();
  });

  afterEach(() => trainings.clock.reset());

  /** A run starting in 10 days whose enrolment stays open until its first day. */
  async function run(capacity = 5): Promise<{ runId: string; startsOn: string }> {
    const startsOn = shanghaiDayFromNow(10);
    const response = await trainings
      .http()
      .post(`/trainings/courses/${courseId}/runs`)
      .set('authorization', trainings.officer)
      .send({
        startsOn,
        endsOn: shanghaiDayFromNow(40),
        capacity,
        enrolmentOpensAt: new Date(Date.now() - DAY_MS).toISOString(),
        enrolmentClosesAt: shanghaiMidnight(startsOn).toISOString(),
      })
      .expect(201);
    return { runId: response.body.id, startsOn };
  }

  const remindersOf = (enrolmentId: string) =>
    trainings.service.events!.events.filter(
      (e) => e.envelope.type === 'trainings.run-starting' && e.envelope.payload.enrolmentId === enrolmentId,
    );
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('sends trainings.run-starting when due (a short wait, by moving the clock), once', async () => {
    const { runId, startsOn } = await run();
    const veteranId = uniqueName('veteran');
    // Three seconds before the 1-day reminder; the 3-day one is already past and not queued.
    trainings.clock.setTo(new Date(reminderDueAt(startsOn, ONE_DAY_AT_8).getTime() - 3000));
    let enrolmentId: string;
    let seatNo: number;
    try {
      const enrolled = await trainings.enrol(runId, veteranId).expect(201);
      expect(enrolled.body.status).toBe('enrolled');
      enrolmentId = enrolled.body.id;
      seatNo = enrolled.body.seatNo;
      expect(await trainings.service.app.get(RunReminders).pending({ enrolmentId, startsOn })).toHaveLength(
        1,
      );
    } finally {
      trainings.clock.reset();
    }
    const [reminder] = await trainings.service.events!.waitFor(
      (e) => e.envelope.type === 'trainings.run-starting' && e.envelope.payload.enrolmentId === enrolmentId,
      1,
      30_000,
    );
    expect(reminder!.key).toBe(veteranId);
    expect(reminder!.envelope.payload).toMatchObject({
      veteranId,
      runId,
      startsOn,
      daysBefore: 1,
      mode: 'in-person',
      venue: '江宁区天元中路 8 号实训楼',
      provider: '南京市退役军人职业技能培训中心',
      seatNo,
      remindAt: reminderDueAt(startsOn, ONE_DAY_AT_8).toISOString(),
    });

    // The job again (a retry, a second worker): its record is taken, nothing more goes out.
    const job: ReminderJob = { enrolmentId, runId, startsOn, ...ONE_DAY_AT_8 };
    expect(await trainings.service.app.get(SendRunReminder).execute(job)).toBe('repeat');
    await pause(3000);
    expect(remindersOf(enrolmentId)).toHaveLength(1);
  }, 60_000);

  it('removes the reminders of a withdrawn seat, and one that fires anyway sends nothing', async () => {
    const { runId, startsOn } = await run();
    const veteranId = uniqueName('veteran');
    const reminders = trainings.service.app.get(RunReminders);
    trainings.clock.setTo(new Date(reminderDueAt(startsOn, ONE_DAY_AT_8).getTime() - 5000));
    let enrolmentId: string;
    try {
      enrolmentId = (await trainings.enrol(runId, veteranId).expect(201)).body.id;
      expect(await reminders.pending({ enrolmentId, startsOn })).toHaveLength(1);
      await trainings
        .http()
        .post(`/trainings/enrolments/${enrolmentId}/withdrawal`)
        .set('authorization', trainings.as(veteranId, 'veteran'))
        .expect(200);
    } finally {
      trainings.clock.reset();
    }
    expect(await reminders.pending({ enrolmentId, startsOn })).toEqual([]);
    // A job left behind (its removal failed) finds the enrolment cancelled.
    const job: ReminderJob = { enrolmentId, runId, startsOn, ...ONE_DAY_AT_8 };
    expect(await trainings.service.app.get(SendRunReminder).execute(job)).toBe('stale');
    await pause(8000);
    expect(remindersOf(enrolmentId)).toEqual([]);
  }, 60_000);

  it('queues no reminder for a place in line, and both once it is promoted to a freed seat', async () => {
    const { runId, startsOn } = await run(1);
    const reminders = trainings.service.app.get(RunReminders);
    const first = uniqueName('veteran');
    const second = uniqueName('veteran');
    const seated = (await trainings.enrol(runId, first).expect(201)).body.id as string;
    const waiting = await trainings.enrol(runId, second).expect(201);
    expect(waiting.body.status).toBe('waitlisted');
    expect(await reminders.pending({ enrolmentId: seated, startsOn })).toHaveLength(2);
    expect(await reminders.pending({ enrolmentId: waiting.body.id, startsOn })).toEqual([]);

    await trainings
      .http()
      .post(`/trainings/enrolments/${seated}/withdrawal`)
      .set('authorization', trainings.as(first, 'veteran'))
      .expect(200);
    expect(await reminders.pending({ enrolmentId: seated, startsOn })).toEqual([]);
    expect(await reminders.pending({ enrolmentId: waiting.body.id, startsOn })).toHaveLength(2);
  });
});
