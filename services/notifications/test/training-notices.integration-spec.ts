import {
  courseCompleted,
  courseEnrolled,
  courseEnrolmentCancelled,
  courseRunStarting,
} from '@vetlink/contracts';
import { uniqueName, waitFor } from '@vetlink/testing';
import { notificationIdOf } from '../src/notifications/use-cases/notify';
import { causeOf } from '../src/programme-notices/domain/notice';
import { AppHarness, startApp } from './support/app-harness';
import { newVeteranId } from './support/fixtures';

interface InboxItem {
  type: string;
  title: string;
  category: string;
}

const DAY_MS = 86_400_000;

describe('trainings events become the veteran’s notices (real Kafka, FerretDB, Redis)', () => {
  let harness: AppHarness;

  beforeAll(async () => {
    harness = await startApp();
    await consumerLive();
  }, 240_000);

  afterAll(async () => {
    await harness?.close();
  });

  /** A run of a forklift course in Nanjing starting in `days` days (Shanghai), for a veteran of its own. */
  function enrolment(days = 10) {
    const startsOn = new Date(harness.clock.now().getTime() + 8 * 3600_000 + days * DAY_MS)
      .toISOString()
      .slice(0, 10);
    const endsOn = new Date(Date.parse(startsOn) + 20 * DAY_MS).toISOString().slice(0, 10);
    return {
      enrolmentId: uniqueName('enrolment'),
      runId: uniqueName('run'),
      courseId: uniqueName('course'),
      veteranId: newVeteranId(),
      courseTitle: '叉车操作培训（退役军人专班）',
      cityId: 'nanjing',
      startsOn,
      endsOn,
    };
  }
  const now = () => harness.clock.now().toISOString();

  /** The new group's first assignment can take a rebalance: wait for one notice before timing waits. */
  async function consumerLive(): Promise<void> {
    const first = enrolment();
    await harness.publish(courseEnrolled, {
      ...first,
      status: 'waitlisted',
      waitlistPosition: 1,
      promotedFromWaitlist: false,
      enrolledAt: now(),
    });
    await waitFor(
      () => made(first.veteranId, 'training-waitlisted', causeOf(first.enrolmentId, 'waitlisted')),
      {
        what: 'the consumer to read its first event',
        timeoutMs: 200_000,
        intervalMs: 500,
      },
    );
  }

  const inbox = async (userId: string, lang = 'zh'): Promise<InboxItem[]> =>
    (
      await harness
        .http()
        .get(`/inbox?lang=${lang}`)
        .set('authorization', harness.bearer(userId, 'veteran'))
        .expect(200)
    ).body.items;
  const waitForInbox = (userId: string, count: number) =>
    waitFor(
      async () => {
        const items = await inbox(userId);
        return items.length >= count ? items : undefined;
      },
      { what: `${count} inbox item(s) of ${userId}`, timeoutMs: 60_000 },
    );
  const made = async (userId: string, type: string, cause: string) =>
    (
      await harness
        .http()
        .get(`/notifications/${notificationIdOf(type, cause)}`)
        .set('authorization', harness.bearer(userId, 'veteran'))
    ).status === 200;

  it('tells the veteran each step — waitlisted, promoted, reminded, completed — once each, in the inbox', async () => {
    const run = enrolment();
    const waitlisted = {
      ...run,
      status: 'waitlisted' as const,
      waitlistPosition: 2,
      promotedFromWaitlist: false,
      enrolledAt: now(),
    };
    await harness.publish(courseEnrolled, waitlisted);
    const promoted = {
      ...run,
      status: 'enrolled' as const,
      seatNo: 4,
      promotedFromWaitlist: true,
      enrolledAt: now(),
    };
    await harness.publish(courseEnrolled, promoted);
    const reminder = {
      ...run,
      provider: '南京市退役军人职业技能培训中心',
      mode: 'in-person' as const,
      venue: '江宁区天元中路 8 号实训楼',
      seatNo: 4,
      daysBefore: 3,
      remindAt: now(),
    };
    await harness.publish(courseRunStarting, reminder);
    const completion = {
      ...run,
      trainingId: 'forklift-course',
      skillIds: ['forklift-operation'],
      certificateIds: ['forklift-licence'],
      attendancePercent: 100,
      recordedBy: 'officer-1',
      completedAt: now(),
    };
    await harness.publish(courseCompleted, completion);
    // Each fact again (a producer's retry after a lost acknowledgement: a new envelope, the same fact).
    await harness.publish(courseEnrolled, waitlisted);
    await harness.publish(courseEnrolled, promoted);
    await harness.publish(courseRunStarting, reminder);
    const last = await harness.publish(courseCompleted, completion);

    await waitForInbox(run.veteranId, 4);
    await harness.handled(last);
    const items = await inbox(run.veteranId);
    expect(items.map((item) => item.type).sort()).toEqual([
      'training-completed',
      'training-promoted',
      'training-run-reminder',
      'training-waitlisted',
    ]);
    expect(items.every((item) => item.category === 'training')).toBe(true);
    const byType = Object.fromEntries(items.map((item) => [item.type, item.title]));
    expect(byType['training-waitlisted']).toBe('已进入候补：叉车操作培训（退役军人专班）（候补第 2 位）');
    expect(byType['training-run-reminder']).toBe(
      `提醒：叉车操作培训（退役军人专班） 3 天后（${run.startsOn}）开班`,
    );
    const english = await inbox(run.veteranId, 'en');
    expect(english.find((item) => item.type === 'training-completed')?.title).toBe(
      'Completed: 叉车操作培训（退役军人专班）',
    );
  });

  it('confirms a seat and its cancellation even with the training category switched off (critical), not a place in line', async () => {
    const seat = enrolment();
    await harness
      .http()
      .patch('/preferences/me')
      .set('authorization', harness.bearer(seat.veteranId, 'veteran'))
      .send({ categories: { training: { enabled: false } } })
      .expect(200);
    await harness.publish(courseEnrolled, {
      ...seat,
      status: 'enrolled',
      seatNo: 1,
      promotedFromWaitlist: false,
      enrolledAt: now(),
    });
    const cancelled = await harness.publish(courseEnrolmentCancelled, {
      ...seat,
      previousStatus: 'enrolled',
      cancelledBy: 'officer',
      cancelledAt: now(),
    });
    const line = { ...enrolment(), veteranId: seat.veteranId };
    const waitlisted = await harness.publish(courseEnrolled, {
      ...line,
      status: 'waitlisted',
      waitlistPosition: 1,
      promotedFromWaitlist: false,
      enrolledAt: now(),
    });
    await harness.handled(cancelled);
    await harness.handled(waitlisted);
    const items = await waitForInbox(seat.veteranId, 2);
    expect(items.map((item) => item.type).sort()).toEqual([
      'training-enrolment-cancelled',
      'training-seat-confirmed',
    ]);
  });

  it('makes no notice of a reminder read from an old backlog, or a seat in a run that has begun', async () => {
    const old = enrolment();
    const weeksAgo = new Date(harness.clock.now().getTime() - 21 * DAY_MS);
    const oldReminder = await harness.publish(
      courseRunStarting,
      {
        ...old,
        provider: '南京市退役军人职业技能培训中心',
        mode: 'online',
        daysBefore: 1,
        remindAt: weeksAgo.toISOString(),
      },
      weeksAgo,
    );
    const begun = enrolment(-2);
    const lateSeat = await harness.publish(courseEnrolled, {
      ...begun,
      status: 'enrolled',
      seatNo: 2,
      promotedFromWaitlist: false,
      enrolledAt: now(),
    });
    await harness.handled(oldReminder);
    await harness.handled(lateSeat);
    expect(
      await made(
        old.veteranId,
        'training-run-reminder',
        causeOf(old.enrolmentId, 'reminder', weeksAgo.toISOString()),
      ),
    ).toBe(false);
    expect(await made(begun.veteranId, 'training-seat-confirmed', causeOf(begun.enrolmentId, 'seat'))).toBe(
      false,
    );
    expect(await inbox(old.veteranId)).toEqual([]);
  });
});
