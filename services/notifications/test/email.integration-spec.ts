import { jobMatched, sessionBooked, sessionCancelled, sessionRescheduled } from '@vetlink/contracts';
import { uniqueName, waitFor } from '@vetlink/testing';
import ICAL from 'ical.js';
import { Writable } from 'node:stream';
import { notificationIdOf } from '../src/notifications/use-cases/notify';
import { AppHarness, startApp } from './support/app-harness';
import { emailThrough, freshMatch, newVeteranId } from './support/fixtures';
import { SmtpServerProcess } from './support/smtp-server-process';

describe('e-mail over SMTP to a real SMTP server process', () => {
  let smtp: SmtpServerProcess;
  let harness: AppHarness;
  const logs: string[] = [];

  beforeAll(async () => {
    smtp = await SmtpServerProcess.start();
    harness = await startApp({
      email: emailThrough(smtp.port),
      service: { LOG_LEVEL: 'debug' },
      logDestination: new Writable({
        write(chunk, _encoding, done) {
          logs.push(chunk.toString());
          done();
        },
      }),
    });
  });

  afterAll(async () => {
    await harness?.close();
    await smtp?.stop();
  });

  /** A veteran who registered an e-mail address and chose e-mail besides the inbox. */
  async function veteranWithEmail(address: string): Promise<string> {
    const veteranId = newVeteranId();
    const me = harness.bearer(veteranId);
    const contacts = await harness
      .http()
      .patch('/contact-points/me')
      .set('authorization', me)
      .send({ email: address })
      .expect(200);
    expect(contacts.body).toEqual({
      email: `${address[0]}***${address.slice(address.indexOf('@'))}`,
      sms: null,
      wechat: null,
    });
    await harness
      .http()
      .patch('/preferences/me')
      .set('authorization', me)
      .send({ channels: ['email'] })
      .expect(200);
    return veteranId;
  }

  const inboxOf = async (veteranId: string) =>
    (await harness.http().get('/inbox').set('authorization', harness.bearer(veteranId)).expect(200)).body
      .items as { title: string }[];

  it('sends one e-mail and makes one inbox item with the right content, once even when the event is redelivered', async () => {
    const address = 'zhang.wei@example.cn';
    const veteranId = await veteranWithEmail(address);
    const match = freshMatch(veteranId, harness.clock.now());
    const envelope = await harness.publish(jobMatched, match);
    await harness.publishEnvelope(jobMatched, envelope);
    await harness.publish(jobMatched, match);
    await harness.publish(
      jobMatched,
      freshMatch(veteranId, harness.clock.now(), { jobId: 'job-sentinel', title: '安保主管' }),
    );

    const mails = await smtp.waitForMessages(address, 2);
    await new Promise((resolve) => setTimeout(resolve, 500)); // a late duplicate would show up here
    const all = (await smtp.messages()).filter((mail) => mail.envelope.to.includes(address));
    expect(all.map((mail) => mail.parsed.subject).sort()).toEqual([
      '新岗位推荐：仓储物流主管',
      '新岗位推荐：安保主管',
    ]);
    expect((await inboxOf(veteranId)).map((item) => item.title).sort()).toEqual([
      '新岗位推荐：仓储物流主管',
      '新岗位推荐：安保主管',
    ]);

    const mail = mails.find((candidate) => candidate.parsed.subject === '新岗位推荐：仓储物流主管')!;
    const notificationId = notificationIdOf('job-matched', match.matchId);
    expect(mail.envelope.from).toBe('noreply@vetlink.example.cn');
    expect(mail.parsed.messageId).toBe(`<${notificationId}-email@notifications.vetlink>`);
    expect(mail.parsed.text).toContain('南京顺达物流有限公司｜南京市玄武区');
    expect(mail.parsed.text).toContain('月薪 6,000–9,000 元 · 距您家 12 公里');
    expect(mail.parsed.text).toContain('· 需要 C1 驾驶证——您持有');
    expect(mail.parsed.text).toContain('查看详情: https://vetlink.example.cn/jobs/665f1c2ab3d4e5f601234567');
    expect(mail.parsed.html).toContain('<li>仓储管理——来自您的后勤保障专业</li>');
    expect(mail.raw).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(mail.raw).toMatch(
      /List-Unsubscribe:\s+<https:\/\/api\.vetlink\.example\.cn\/notifications\/unsubscribe\?token=[\w.-]+>/,
    );

    const status = await harness
      .http()
      .get(`/notifications/${notificationId}`)
      .set('authorization', harness.bearer(veteranId))
      .expect(200);
    expect(status.body.deliveries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ channel: 'in-app', status: 'delivered' }),
        expect.objectContaining({
          channel: 'email',
          status: 'delivered',
          attempts: [expect.objectContaining({ attempt: 1, outcome: 'delivered' })],
        }),
      ]),
    );
  });

  it('unsubscribes from the link in the e-mail without logging in, and then sends that category no more', async () => {
    const address = 'li.qiang@example.cn';
    const veteranId = await veteranWithEmail(address);
    await harness.publish(jobMatched, freshMatch(veteranId, harness.clock.now(), { jobId: 'job-u1' }));
    const [mail] = await smtp.waitForMessages(address, 1);
    // The person's link opens the portal's page; the header names this service, for one-click clients.
    const link = /退订: (\S+)/.exec(mail!.parsed.text ?? '')![1]!;
    const token = /^https:\/\/vetlink\.example\.cn\/unsubscribe\?token=([\w.-]+)$/.exec(link)![1]!;
    expect(mail!.parsed.html).toContain(`href="https://vetlink.example.cn/unsubscribe?token=${token}"`);
    const header = /List-Unsubscribe:\s+<([^>]+)>/.exec(mail!.raw)![1]!;
    expect(header).toBe(`https://api.vetlink.example.cn/notifications/unsubscribe?token=${token}`);
    const path = `/unsubscribe?token=${token}`;

    const page = await harness.http().get(path).expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text).toContain('岗位推荐');
    await harness.http().post(path).type('form').send('List-Unsubscribe=One-Click').expect(200);
    await harness
      .http()
      .post('/unsubscribe?token=forged.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')
      .expect(400);
    const preferences = await harness
      .http()
      .get('/preferences/me')
      .set('authorization', harness.bearer(veteranId))
      .expect(200);
    expect(preferences.body.categories['job-push'].enabled).toBe(false);

    const later = freshMatch(veteranId, harness.clock.now(), { jobId: 'job-u2', title: '后来的岗位' });
    await harness.publish(jobMatched, later);
    const status = await waitFor(async () => {
      const response = await harness
        .http()
        .get(`/notifications/${notificationIdOf('job-matched', later.matchId)}`)
        .set('authorization', harness.bearer(veteranId));
      return response.status === 200 ? response.body : undefined;
    });
    expect(status).toMatchObject({ outcome: 'suppress', suppressedBecause: 'category-off', deliveries: [] });
    expect(
      (await smtp.messages()).filter((candidate) => candidate.envelope.to.includes(address)),
    ).toHaveLength(1);
    expect((await inboxOf(veteranId)).map((item) => item.title)).toEqual(['新岗位推荐：仓储物流主管']);
  });

  it('attaches the calendar invite to the booking e-mails: REQUEST, REQUEST with a higher SEQUENCE, CANCEL', async () => {
    const address = 'zhao.min@example.cn';
    const veteranId = await veteranWithEmail(address);
    // Sessions start on the quarter-hour grid; the invite's times are whole seconds.
    const start = new Date(Math.ceil((harness.clock.now().getTime() + 3 * 86_400_000) / 900_000) * 900_000);
    const moved = new Date(start.getTime() + 86_400_000);
    const at = (time: Date) => new Date(time.getTime() + 3600_000).toISOString();
    const session = {
      sessionId: uniqueName('session'),
      mentorId: uniqueName('mentor'),
      mentorName: '王建国',
      veteranId,
      start: start.toISOString(),
      end: at(start),
      mode: 'in-person' as const,
      topic: '开一家物流公司; 成本, 计划',
      sequence: 0,
      address: '宿迁市宿城区洪泽湖路 88 号, 3 楼',
    };
    const now = () => harness.clock.now().toISOString();
    await harness.publish(sessionBooked, { ...session, bookedAt: now() });
    await smtp.waitForMessages(address, 1);
    await harness.publish(sessionRescheduled, {
      ...session,
      sequence: 1,
      start: moved.toISOString(),
      end: at(moved),
      previousStart: session.start,
      previousEnd: session.end,
      rescheduledBy: 'mentor',
      rescheduledAt: now(),
    });
    await smtp.waitForMessages(address, 2);
    await harness.publish(sessionCancelled, {
      ...session,
      sequence: 2,
      start: moved.toISOString(),
      end: at(moved),
      cancelledBy: 'mentor',
      reason: '临时出差',
      cancelledAt: now(),
    });
    const mails = await smtp.waitForMessages(address, 3);

    const invites = mails.map((mail) => {
      expect(mail.parsed.attachments).toHaveLength(1);
      const [file] = mail.parsed.attachments;
      const calendar = new ICAL.Component(ICAL.parse(file!.content.toString('utf8')));
      const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
      const method = calendar.getFirstPropertyValue('method') as string;
      // The part's MIME type names the method (RFC 6047), as calendar clients look for it.
      expect(file!.contentType).toBe('text/calendar');
      expect(mail.raw).toMatch(new RegExp(`Content-Type: text/calendar; charset=utf-8; method=${method}`));
      return {
        method,
        uid: event.uid,
        sequence: event.sequence,
        start: event.startDate.toJSDate().toISOString(),
        summary: event.summary,
        location: event.location,
      };
    });
    invites.sort((left, right) => left.sequence - right.sequence);
    const uid = `${session.sessionId}@mentors.vetlink.example.cn`;
    // The place is the event's, as in the file the mentors API serves (LOCATION, escaped and parsed back).
    const common = { uid, summary: expect.any(String), location: session.address };
    expect(invites).toEqual([
      { ...common, method: 'REQUEST', sequence: 0, start: start.toISOString() },
      { ...common, method: 'REQUEST', sequence: 1, start: moved.toISOString() },
      { ...common, method: 'CANCEL', sequence: 2, start: moved.toISOString() },
    ]);
    expect(invites[0]!.summary).toBe('vetlink 导师指导：开一家物流公司; 成本, 计划（王建国）');
    // The e-mail's text says where, next to the time.
    const bookedMail = mails.find((mail) =>
      /SEQUENCE:0\r\n/.test(mail.parsed.attachments[0]!.content.toString('utf8')),
    );
    expect(bookedMail!.parsed.text).toContain(`地点：${session.address}`);
    // The inbox shows the text; the file travels by e-mail only.
    const stored = await waitFor(() =>
      harness.connection.collection('inbox').findOne({ userId: veteranId, type: 'mentor-session-booked' }),
    );
    expect(stored?.content.zh.title).toMatch(/^已预约：/);
    expect(stored?.content.zh).not.toHaveProperty('attachments');
  });

  it('marks an address the server refuses (550) failed at once, while the inbox item arrives', async () => {
    const veteranId = await veteranWithEmail('nobody@reject.test');
    const match = freshMatch(veteranId, harness.clock.now());
    await harness.publish(jobMatched, match);
    const status = await waitFor(async () => {
      const response = await harness
        .http()
        .get(`/notifications/${notificationIdOf('job-matched', match.matchId)}`)
        .set('authorization', harness.bearer(veteranId));
      const email = response.body.deliveries?.find(
        (delivery: { channel: string }) => delivery.channel === 'email',
      );
      return email?.status === 'failed' ? response.body : undefined;
    });
    const email = status.deliveries.find((delivery: { channel: string }) => delivery.channel === 'email');
    expect(email.attempts).toHaveLength(1);
    expect(email.attempts[0].detail).toMatch(/550/);
    expect(email.attempts[0].detail).not.toContain('reject.test');
    expect(
      status.deliveries.find((delivery: { channel: string }) => delivery.channel === 'in-app').status,
    ).toBe('delivered');
  });

  it('keeps contact points encrypted at rest and out of the logs', async () => {
    const raw = JSON.stringify(await harness.connection.collection('contact_points').find({}).toArray());
    expect(raw).not.toContain('zhang.wei@example.cn');
    expect(raw).toContain('z***@example.cn');
    const logged = logs.join('');
    expect(logged.length).toBeGreaterThan(0);
    for (const address of ['zhang.wei@example.cn', 'li.qiang@example.cn', 'nobody@reject.test'])
      expect(logged).not.toContain(address);
  });
});
