import { jobMatched } from '@vetlink/contracts';
import { waitFor } from '@vetlink/testing';
import { randomUUID } from 'node:crypto';
import { Notify, notificationIdOf } from '../src/notifications/use-cases/notify';
import { AppHarness, startApp } from './support/app-harness';
import { emailThrough, freshMatch, newVeteranId } from './support/fixtures';
import { SmtpServerProcess } from './support/smtp-server-process';

/** A Shanghai wall-clock time as an instant. */
const shanghai = (text: string) => new Date(`${text}+08:00`);

interface DeliveryView {
  channel: string;
  status: string;
  notBefore: string | null;
  attempts: { outcome: string; detail: string | null; at: string }[];
}

describe('preferences at work: quiet hours, opt-out, critical and urgent messages, the daily cap', () => {
  let smtp: SmtpServerProcess;
  let harness: AppHarness;

  beforeAll(async () => {
    smtp = await SmtpServerProcess.start();
    harness = await startApp({
      email: emailThrough(smtp.port),
    });
  });

  afterEach(() => harness.clock.reset());

  afterAll(async () => {
    await harness?.close();
    await smtp?.stop();
  });

  let mailboxes = 0;
  /** A veteran with an e-mail address, e-mail chosen, and the preferences given. */
  async function veteran(
    preferences: Record<string, unknown> = {},
  ): Promise<{ veteranId: string; address: string }> {
    const veteranId = newVeteranId();
    const address = `veteran${++mailboxes}.${Date.now()}@example.cn`;
    const me = harness.bearer(veteranId);
    await harness
      .http()
      .patch('/contact-points/me')
      .set('authorization', me)
      .send({ email: address })
      .expect(200);
    await harness
      .http()
      .patch('/preferences/me')
      .set('authorization', me)
      .send({ channels: ['email'], ...preferences })
      .expect(200);
    return { veteranId, address };
  }

  async function push(veteranId: string, jobId = 'job-1'): Promise<string> {
    const match = freshMatch(veteranId, harness.clock.now(), { jobId });
    await harness.publish(jobMatched, match);
    return notificationIdOf('job-matched', match.matchId);
  }

  const view = async (veteranId: string, notificationId: string) => {
    const response = await harness
      .http()
      .get(`/notifications/${notificationId}`)
      .set('authorization', harness.bearer(veteranId));
    return response.status === 200
      ? (response.body as { outcome: string; suppressedBecause: string | null; deliveries: DeliveryView[] })
      : undefined;
  };
  const waitForView = (
    veteranId: string,
    notificationId: string,
    done: (body: NonNullable<Awaited<ReturnType<typeof view>>>) => boolean,
    timeoutMs = 20_000,
  ) =>
    waitFor(
      async () => {
        const body = await view(veteranId, notificationId);
        return body && done(body) ? body : undefined;
      },
      { timeoutMs, what: 'the notification to reach the expected state' },
    );
  const statuses = (body: { deliveries: DeliveryView[] }) =>
    Object.fromEntries(body.deliveries.map((delivery) => [delivery.channel, delivery.status]));
  const inbox = async (veteranId: string) =>
    (await harness.http().get('/inbox').set('authorization', harness.bearer(veteranId)).expect(200)).body
      .items as unknown[];
  const mailsTo = async (address: string) =>
    (await smtp.messages()).filter((mail) => mail.envelope.to.includes(address));

  it('holds a job push during quiet hours and releases it when they end (07:00 Asia/Shanghai)', async () => {
    const { veteranId, address } = await veteran({ quietHours: { start: '22:00', end: '07:00' } });
    harness.clock.setTo(shanghai('2026-03-03T06:59:55'));
    const notificationId = await push(veteranId);

    const held = await waitForView(veteranId, notificationId, (body) => body.deliveries.length === 2);
    expect(statuses(held)).toEqual({ 'in-app': 'held', email: 'held' });
    expect(held.deliveries.every((delivery) => delivery.notBefore === '2026-03-02T23:00:00.000Z')).toBe(true);
    expect(await inbox(veteranId)).toEqual([]);
    expect(await mailsTo(address)).toEqual([]);

    // The clock runs on from 06:59:56: the delayed jobs fire when it reads 07:00.
    const released = await waitForView(
      veteranId,
      notificationId,
      (body) => statuses(body)['email'] === 'delivered' && statuses(body)['in-app'] === 'delivered',
    );
    for (const delivery of released.deliveries)
      expect(new Date(delivery.attempts[0]!.at).getTime()).toBeGreaterThanOrEqual(
        shanghai('2026-03-03T07:00:00').getTime(),
      );
    expect(await inbox(veteranId)).toHaveLength(1);
    expect(await smtp.waitForMessages(address, 1)).toHaveLength(1);
  });

  it('cancels a held push when the user opts out before quiet hours end', async () => {
    const { veteranId, address } = await veteran({ quietHours: { start: '22:00', end: '07:00' } });
    harness.clock.setTo(shanghai('2026-03-03T06:59:57'));
    const notificationId = await push(veteranId);
    await waitForView(veteranId, notificationId, (body) => body.deliveries.length === 2);
    await harness
      .http()
      .patch('/preferences/me')
      .set('authorization', harness.bearer(veteranId))
      .send({ optedOut: true })
      .expect(200);
    const cancelled = await waitForView(veteranId, notificationId, (body) =>
      Object.values(statuses(body)).every((status) => status === 'cancelled'),
    );
    expect(cancelled.deliveries[0]!.attempts.at(-1)).toMatchObject({
      outcome: 'cancelled',
      detail: 'opted-out',
    });
    expect(await inbox(veteranId)).toEqual([]);
    expect(await mailsTo(address)).toEqual([]);
  });

  it('sends an urgent session reminder during quiet hours at once', async () => {
    const { veteranId, address } = await veteran({ quietHours: { start: '22:00', end: '07:00' } });
    harness.clock.setTo(shanghai('2026-03-03T02:00:00'));
    const result = await harness.app.get(Notify).execute({
      type: 'mentor-session-reminder',
      userId: veteranId,
      cause: 'session-42-reminder',
      data: {
        sessionId: 'session-42',
        mentorName: '王导师',
        startsAt: '2026-03-03T08:00:00+08:00',
        mode: 'in-person',
        topic: '创业计划书',
      },
      source: { eventId: randomUUID(), eventType: 'mentors.session-reminder-due' },
    });
    expect(result.outcome).toBe('delivering');
    const [mail] = await smtp.waitForMessages(address, 1);
    expect(mail!.parsed.subject).toBe('提醒：2026-03-03 08:00 与导师王导师的一对一指导');
  });

  it('respects the global opt-out for job pushes, but sends a critical loan decision, without an unsubscribe link', async () => {
    const { veteranId, address } = await veteran({
      optedOut: true,
      categories: { loans: { enabled: false } },
    });
    const pushed = await push(veteranId);
    const suppressed = await waitForView(veteranId, pushed, () => true);
    expect(suppressed).toMatchObject({ outcome: 'suppress', suppressedBecause: 'opted-out', deliveries: [] });

    await harness.app.get(Notify).execute({
      type: 'loan-decision',
      userId: veteranId,
      cause: 'loan-application-7-decided',
      data: { loanId: 'application-7', decision: 'approved', amountFen: 20_000_000, reason: '符合条件' },
      source: { eventId: randomUUID(), eventType: 'loans.application-decided' },
    });
    const [mail] = await smtp.waitForMessages(address, 1);
    expect(mail!.parsed.subject).toBe('创业贷款申请已获批准，金额 200,000 元');
    expect(mail!.parsed.text).toContain('无法退订');
    expect(mail!.raw).not.toContain('List-Unsubscribe');
    const items = (await inbox(veteranId)) as { type: string }[];
    expect(items.map((item) => item.type)).toEqual(['loan-decision']);
  });

  it('pushes at most the daily cap of jobs per Shanghai day; the rest are left for the digest', async () => {
    const { veteranId } = await veteran({ jobPushDailyCap: 2, channels: [] });
    harness.clock.setTo(shanghai('2026-03-03T10:00:00'));
    const ids = [];
    for (const jobId of ['cap-1', 'cap-2', 'cap-3']) ids.push(await push(veteranId, jobId));
    const third = await waitForView(veteranId, ids[2]!, () => true);
    expect(third).toMatchObject({ outcome: 'suppress', suppressedBecause: 'daily-cap' });
    await waitFor(async () => ((await inbox(veteranId)).length === 2 ? true : undefined));

    harness.clock.setTo(shanghai('2026-03-04T09:00:00'));
    const nextDay = await push(veteranId, 'cap-4');
    await waitForView(veteranId, nextDay, (body) => statuses(body)['in-app'] === 'delivered');
    expect(await inbox(veteranId)).toHaveLength(3);
  });
});
