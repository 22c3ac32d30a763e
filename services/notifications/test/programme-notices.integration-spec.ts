import {
  loanApplicationDecided,
  loanDisbursed,
  sessionBooked,
  sessionCancelled,
  sessionReminderDue,
  sessionRescheduled,
} from '@vetlink/contracts';
import { uniqueName, waitFor } from '@vetlink/testing';
import { notificationIdOf } from '../src/notifications/use-cases/notify';
import { causeOf } from '../src/programme-notices/domain/notice';
import { AppHarness, Role, startApp } from './support/app-harness';
import { newVeteranId } from './support/fixtures';

interface InboxItem {
  type: string;
  title: string;
  category: string;
}

describe('mentors, loans and incubators events become notices (real Kafka, FerretDB, Redis)', () => {
  let harness: AppHarness;

  beforeAll(async () => {
    harness = await startApp();
    await consumerLive();
  }, 240_000);

  /**
   * On a loaded machine the new group's first assignment can take a rebalance (tens of seconds) before
   * anything is read: wait for one notice to come through before the tests time their waits.
   */
  async function consumerLive(): Promise<void> {
    const veteranId = newVeteranId();
    const decidedAt = harness.clock.now().toISOString();
    const loanId = uniqueName('warm-up-loan');
    await harness.publish(loanApplicationDecided, {
      loanId,
      veteranId,
      bankId: 'bank-warm-up',
      productId: 'product-warm-up',
      decision: 'rejected',
      reason: '预热',
      amountFen: 0,
      decidedAt,
    });
    await waitFor(
      () => notificationExists(veteranId, 'loan-decision', causeOf(loanId, 'decided', decidedAt)),
      { what: 'the consumer to read its first event', timeoutMs: 200_000, intervalMs: 500 },
    );
  }

  afterAll(async () => {
    await harness?.close();
  });

  const inbox = async (userId: string, role: Role = 'veteran'): Promise<InboxItem[]> => {
    const response = await harness
      .http()
      .get('/inbox?lang=zh')
      .set('authorization', harness.bearer(userId, role))
      .expect(200);
    return response.body.items;
  };
  const waitForInbox = (userId: string, count: number, role: Role = 'veteran') =>
    waitFor(
      async () => {
        const items = await inbox(userId, role);
        return items.length >= count ? items : undefined;
      },
      { what: `${count} inbox item(s) of ${userId}`, timeoutMs: 60_000 },
    );

  /** Whether a notification was made at all (its record is written before the event counts as handled). */
  const notificationExists = async (userId: string, type: string, cause: string, role: Role = 'veteran') => {
    const response = await harness
      .http()
      .get(`/notifications/${notificationIdOf(type, cause)}`)
      .set('authorization', harness.bearer(userId, role));
    return response.status === 200;
  };
  const reminderMade = (session: { sessionId: string; veteranId: string }, minutesBefore: number) =>
    notificationExists(
      session.veteranId,
      'mentor-session-reminder',
      causeOf(session.sessionId, 0, minutesBefore, session.veteranId),
    );

  /** A session starting in `hoursAhead` hours by the service's clock. */
  function session(hoursAhead = 3) {
    const start = new Date(harness.clock.now().getTime() + hoursAhead * 3600_000);
    return {
      sessionId: uniqueName('session'),
      mentorId: uniqueName('mentor'),
      mentorName: '王建国',
      veteranId: newVeteranId(),
      start: start.toISOString(),
      end: new Date(start.getTime() + 3600_000).toISOString(),
      mode: 'online' as const,
      topic: '开一家物流公司',
      sequence: 0,
    };
  }

  it('puts a booking into both people’s inboxes, critical, in their words', async () => {
    const booked = session();
    await harness.publish(sessionBooked, { ...booked, bookedAt: harness.clock.now().toISOString() });
    const [forVeteran] = await waitForInbox(booked.veteranId, 1);
    const [forMentor] = await waitForInbox(booked.mentorId, 1, 'mentor');
    expect(forVeteran).toMatchObject({ type: 'mentor-session-booked', category: 'mentoring' });
    expect(forVeteran!.title).toMatch(/^已预约：.* 与导师王建国的一对一指导$/);
    expect(forMentor!.title).toMatch(/^新预约：.* 的一对一指导$/);
  });

  it('sends no reminder for a session cancelled or moved before the reminder is read', async () => {
    const cancelled = session();
    const now = () => harness.clock.now().toISOString();
    await harness.publish(sessionBooked, { ...cancelled, bookedAt: now() });
    await harness.publish(sessionCancelled, {
      ...cancelled,
      sequence: 1,
      cancelledBy: 'veteran',
      cancelledAt: now(),
    });
    // A reminder of the booking as it was (sequence 0), read after the cancellation.
    const lateReminder = await harness.publish(sessionReminderDue, { ...cancelled, minutesBefore: 60 * 3 });

    const moved = session();
    await harness.publish(sessionBooked, { ...moved, bookedAt: now() });
    const later = new Date(new Date(moved.start).getTime() + 86_400_000);
    await harness.publish(sessionRescheduled, {
      ...moved,
      sequence: 1,
      start: later.toISOString(),
      end: new Date(later.getTime() + 3600_000).toISOString(),
      previousStart: moved.start,
      previousEnd: moved.end,
      rescheduledBy: 'mentor',
      rescheduledAt: now(),
    });
    const movedReminder = await harness.publish(sessionReminderDue, { ...moved, minutesBefore: 60 * 3 });

    await harness.handled(lateReminder);
    await harness.handled(movedReminder);
    expect(await reminderMade(cancelled, 180)).toBe(false);
    expect(await reminderMade(moved, 180)).toBe(false);
    // The veteran who cancelled has only the booking; the mentor the booking and the cancellation.
    const mentorsItems = await waitForInbox(cancelled.mentorId, 2, 'mentor');
    expect(mentorsItems.map((item) => item.type).sort()).toEqual([
      'mentor-booking-changed',
      'mentor-session-booked',
    ]);
    const veteransItems = await waitForInbox(moved.veteranId, 2);
    expect(veteransItems.map((item) => item.type).sort()).toEqual([
      'mentor-booking-changed',
      'mentor-session-booked',
    ]);
    expect((await inbox(cancelled.veteranId)).map((item) => item.type)).toEqual(['mentor-session-booked']);
  });

  it('reminds of a session due soon, but not of one read from an old backlog', async () => {
    const due = session(1);
    await harness.publish(sessionBooked, { ...due, bookedAt: harness.clock.now().toISOString() });
    await harness.publish(sessionReminderDue, { ...due, minutesBefore: 60 });
    const reminded = await waitForInbox(due.veteranId, 2);
    expect(reminded.map((item) => item.type).sort()).toEqual([
      'mentor-session-booked',
      'mentor-session-reminder',
    ]);

    // A topic read from its start: the same facts, told weeks ago, make nothing.
    const old = session(1);
    const weeksAgo = new Date(harness.clock.now().getTime() - 21 * 86_400_000);
    await harness.publish(sessionBooked, { ...old, bookedAt: weeksAgo.toISOString() }, weeksAgo);
    const oldReminder = await harness.publish(sessionReminderDue, { ...old, minutesBefore: 60 }, weeksAgo);
    await harness.handled(oldReminder);
    expect(await reminderMade(old, 60)).toBe(false);
    expect(
      await notificationExists(
        old.veteranId,
        'mentor-session-booked',
        causeOf(old.sessionId, 0, old.veteranId),
      ),
    ).toBe(false);
  });

  it('tells a loan decision, critical, even when the veteran switched the loans category off', async () => {
    const veteranId = newVeteranId();
    await harness
      .http()
      .patch('/preferences/me')
      .set('authorization', harness.bearer(veteranId))
      .send({ categories: { loans: { enabled: false } } })
      .expect(200);
    const loan = {
      loanId: uniqueName('loan'),
      veteranId,
      bankId: 'bank-xuzhou-1',
      productId: 'product-xuzhou-startup',
    };
    await harness.publish(loanApplicationDecided, {
      ...loan,
      decision: 'approved',
      reason: '经营计划可行',
      amountFen: 30_000_000,
      decidedAt: harness.clock.now().toISOString(),
    });
    // Not critical: switched off, so not in the inbox.
    const disbursed = await harness.publish(loanDisbursed, {
      ...loan,
      cityId: 'xuzhou',
      principalFen: 30_000_000,
      termMonths: 36,
      annualRateBp: 385,
      subsidyShareBp: 5000,
      installments: 36,
      totalInterestFen: 1_800_000,
      totalFundInterestFen: 900_000,
      firstDueOn: '2027-01-20',
      disbursedAt: harness.clock.now().toISOString(),
    });
    await harness.handled(disbursed);
    const items = await waitForInbox(veteranId, 1);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      type: 'loan-decision',
      category: 'loans',
      title: '创业贷款申请已获批准，金额 300,000 元',
    });
  });
});
