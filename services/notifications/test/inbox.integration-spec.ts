import { jobMatched, profileCreated, profileUpdated, veteranErased } from '@vetlink/contracts';
import { waitFor } from '@vetlink/testing';
import { notificationIdOf } from '../src/notifications/use-cases/notify';
import { AppHarness, startApp } from './support/app-harness';
import { freshMatch, newVeteranId, profileSnapshot } from './support/fixtures';

describe('job-matched events become inbox items (real Kafka, FerretDB, Redis)', () => {
  let harness: AppHarness;

  beforeAll(async () => {
    harness = await startApp();
  });

  afterAll(async () => {
    await harness.close();
  });

  const inbox = (userId: string, query = '') => harness.inbox(userId, query);
  const waitForInbox = (userId: string, count: number) =>
    waitFor(
      async () => {
        const page = await inbox(userId);
        return page.items.length >= count ? page : undefined;
      },
      { what: `${count} inbox item(s)` },
    );

  it('puts one item with the job, the employer, the salary, the distance and the top reasons in the inbox', async () => {
    const veteranId = newVeteranId();
    await harness.publish(jobMatched, freshMatch(veteranId, harness.clock.now()));
    const page = await waitForInbox(veteranId, 1);
    expect(page.items).toHaveLength(1);
    const [item] = page.items;
    expect(item).toMatchObject({
      type: 'job-matched',
      category: 'job-push',
      language: 'zh',
      title: '新岗位推荐：仓储物流主管',
      readAt: null,
    });
    expect(item.body).toContain('南京顺达物流有限公司｜南京市玄武区');
    expect(item.body).toContain('月薪 6,000–9,000 元 · 距您家 12 公里');
    expect(item.body).toContain('· 需要 C1 驾驶证——您持有');
    expect(item.link).toBe('https://vetlink.example.cn/jobs/665f1c2ab3d4e5f601234567');
    const english = await inbox(veteranId, '?lang=en');
    expect(english.items[0].title).toBe('A job for you: 仓储物流主管');
    const count = await harness
      .http()
      .get('/inbox/unread-count')
      .set('authorization', harness.bearer(veteranId))
      .expect(200);
    expect(count.body).toEqual({ unread: 1 });
  });

  it('makes one notification of a redelivered event, and of the same match sent again under a new event id', async () => {
    const veteranId = newVeteranId();
    const match = freshMatch(veteranId, harness.clock.now());
    const envelope = await harness.publish(jobMatched, match);
    await harness.publishEnvelope(jobMatched, envelope);
    await harness.publish(jobMatched, match);
    // Same key, same partition: once this one is in, the three before it have been handled.
    await harness.publish(
      jobMatched,
      freshMatch(veteranId, harness.clock.now(), { jobId: 'job-sentinel', title: '安保主管' }),
    );
    const page = await waitForInbox(veteranId, 2);
    expect(page.items.map((item: { title: string }) => item.title).sort()).toEqual([
      '新岗位推荐：仓储物流主管',
      '新岗位推荐：安保主管',
    ]);
    const status = await harness
      .http()
      .get(`/notifications/${notificationIdOf('job-matched', match.matchId)}`)
      .set('authorization', harness.bearer(veteranId))
      .expect(200);
    expect(status.body.deliveries).toEqual([
      expect.objectContaining({
        channel: 'in-app',
        status: 'delivered',
        attempts: [expect.objectContaining({ attempt: 1, outcome: 'delivered' })],
      }),
    ]);
    const toldEvents = await harness.events.waitFor(
      (event) => event.envelope.payload.veteranId === veteranId,
      2,
    );
    expect(toldEvents.map((event) => event.envelope.payload.jobId).sort()).toEqual([
      '665f1c2ab3d4e5f601234567',
      'job-sentinel',
    ]);
    expect(toldEvents[0]).toMatchObject({
      key: veteranId,
      envelope: { type: 'notifications.job-told', payload: { via: 'push' } },
    });
  });

  it('does not push again a job already told, unless it changed materially', async () => {
    const veteranId = newVeteranId();
    const first = freshMatch(veteranId, harness.clock.now(), { jobId: 'job-1' });
    await harness.publish(jobMatched, first);
    await waitForInbox(veteranId, 1);
    await harness.publish(
      jobMatched,
      freshMatch(veteranId, harness.clock.now(), {
        jobId: 'job-1',
        jobFingerprint: 'changed-0000000000000000000000000',
        title: '仓储物流主管（薪资上调）',
      }),
    );
    const page = await waitForInbox(veteranId, 2);
    expect(page.items[0].title).toBe('新岗位推荐：仓储物流主管（薪资上调）');
  });

  it('lists by cursor pages, marks read, marks all read and deletes, each user only their own', async () => {
    const veteranId = newVeteranId();
    const stranger = newVeteranId();
    for (const jobId of ['job-a', 'job-b', 'job-c'])
      await harness.publish(jobMatched, freshMatch(veteranId, harness.clock.now(), { jobId }));
    await waitForInbox(veteranId, 3);
    const me = harness.bearer(veteranId);

    const first = await harness.http().get('/inbox?limit=2').set('authorization', me).expect(200);
    expect(first.body.items).toHaveLength(2);
    const second = await harness
      .http()
      .get(`/inbox?limit=2&cursor=${first.body.nextCursor}`)
      .set('authorization', me)
      .expect(200);
    expect(second.body.items).toHaveLength(1);
    expect(second.body.nextCursor).toBeUndefined();
    const ids = [...first.body.items, ...second.body.items].map(
      (item: { notificationId: string }) => item.notificationId,
    );
    expect(new Set(ids).size).toBe(3);
    await harness.http().get('/inbox?cursor=forged').set('authorization', me).expect(400);

    await harness
      .http()
      .post(`/inbox/${ids[0]}/read`)
      .set('authorization', harness.bearer(stranger))
      .expect(404);
    await harness
      .http()
      .delete(`/inbox/${ids[0]}`)
      .set('authorization', harness.bearer(stranger))
      .expect(404);
    await harness
      .http()
      .get(`/notifications/${ids[0]}`)
      .set('authorization', harness.bearer(stranger))
      .expect(404);
    await harness
      .http()
      .get(`/notifications/${ids[0]}`)
      .set('authorization', harness.bearer('officer-1', 'officer'))
      .expect(200);
    expect((await inbox(stranger)).items).toEqual([]);

    const read = await harness.http().post(`/inbox/${ids[0]}/read`).set('authorization', me).expect(200);
    expect(read.body.readAt).not.toBeNull();
    await harness.http().post(`/inbox/${ids[0]}/read`).set('authorization', me).expect(200);
    expect((await harness.http().get('/inbox/unread-count').set('authorization', me)).body).toEqual({
      unread: 2,
    });
    expect((await inbox(veteranId, '?unread=true')).items).toHaveLength(2);

    expect((await harness.http().post('/inbox/read-all').set('authorization', me).expect(200)).body).toEqual({
      marked: 2,
    });
    expect((await harness.http().get('/inbox/unread-count').set('authorization', me)).body).toEqual({
      unread: 0,
    });

    await harness.http().delete(`/inbox/${ids[1]}`).set('authorization', me).expect(204);
    expect((await inbox(veteranId)).items).toHaveLength(2);
    await harness.http().delete(`/inbox/${ids[1]}`).set('authorization', me).expect(404);
    await harness.http().delete('/inbox/not-an-id').set('authorization', me).expect(400);
    await harness.http().get('/inbox').expect(401);
  });

  it('seeds preferences from profile snapshots and lets the veteran change them', async () => {
    const veteranId = newVeteranId();
    const me = harness.bearer(veteranId);
    await harness.publish(
      profileCreated,
      profileSnapshot(veteranId, 1, {
        channels: ['in-app', 'email'],
        weeklyDigest: false,
        quietHours: { start: '22:00', end: '07:00', timeZone: 'Asia/Shanghai' },
      }),
    );
    const seeded = await waitFor(async () => {
      const body = (await harness.http().get('/preferences/me').set('authorization', me).expect(200)).body;
      return body.channels.includes('email') ? body : undefined;
    });
    expect(seeded).toMatchObject({
      language: 'zh',
      optedOut: false,
      channels: ['in-app', 'email'],
      quietHours: { start: '22:00', end: '07:00', timeZone: 'Asia/Shanghai' },
      categories: {
        'weekly-digest': { enabled: false, channels: null },
        'job-push': { enabled: true, channels: null },
      },
      // Every critical template (the catalogue grows with the services that notify).
      criticalAlwaysSent: expect.arrayContaining(['loan-decision', 'mentor-booking-changed']),
    });

    const changed = await harness
      .http()
      .patch('/preferences/me')
      .set('authorization', me)
      .send({ language: 'en', categories: { 'job-push': { channels: ['sms'] } }, jobPushDailyCap: 3 })
      .expect(200);
    expect(changed.body).toMatchObject({
      language: 'en',
      jobPushDailyCap: 3,
      categories: { 'job-push': { enabled: true, channels: ['sms'] } },
    });
    const bad = await harness
      .http()
      .patch('/preferences/me')
      .set('authorization', me)
      .send({ quietHours: { start: '25:00', end: '07:00' }, categories: { parking: { enabled: false } } })
      .expect(400);
    expect(bad.body.issues.map((issue: { field: string }) => issue.field)).toEqual(
      expect.arrayContaining(['quietHours.start']),
    );

    // An unrelated profile edit keeps what was changed here; a change of the profile's own settings wins.
    await harness.publish(profileUpdated, {
      ...profileSnapshot(veteranId, 2, { channels: ['in-app'], weeklyDigest: true, quietHours: null }),
      changedFields: ['residence'],
    });
    await harness.publish(profileUpdated, {
      ...profileSnapshot(veteranId, 3, {
        channels: ['in-app', 'wechat'],
        weeklyDigest: true,
        quietHours: null,
      }),
      changedFields: ['notificationPreferences'],
    });
    const after = await waitFor(async () => {
      const body = (await harness.http().get('/preferences/me').set('authorization', me)).body;
      return body.channels.includes('wechat') ? body : undefined;
    });
    expect(after).toMatchObject({
      language: 'en',
      jobPushDailyCap: 3,
      channels: ['in-app', 'wechat'],
      quietHours: null,
      categories: { 'weekly-digest': { enabled: true } },
    });
  });

  it('exports what it keeps about a veteran, forgets it on erasure, and makes nothing for them afterwards', async () => {
    const veteranId = newVeteranId();
    const exportOf = async () =>
      (
        await harness
          .http()
          .get('/personal-data/me')
          .set('authorization', harness.bearer(veteranId))
          .expect(200)
      ).body;
    await harness.publish(
      profileCreated,
      profileSnapshot(veteranId, 1, { channels: ['in-app', 'email'], weeklyDigest: true, quietHours: null }),
    );
    await harness
      .http()
      .patch('/contact-points/me')
      .set('authorization', harness.bearer(veteranId))
      .send({ email: 'wang.jianguo@example.cn' })
      .expect(200);
    await harness.publish(jobMatched, freshMatch(veteranId, harness.clock.now()));
    await waitForInbox(veteranId, 1);
    const before = await exportOf();
    expect(before.sections.inbox).toHaveLength(1);
    expect(before.sections.notifications).toHaveLength(1);
    expect(before.sections.contactPoints).toEqual({
      email: 'wang.jianguo@example.cn',
      sms: null,
      wechat: null,
    });
    expect(before.sections.notificationPreferences).toMatchObject({ _id: veteranId });

    await harness.publish(veteranErased, {
      veteranId,
      revision: 2,
      erasedAt: harness.clock.now().toISOString(),
    });
    const after = await waitFor(
      async () => {
        const exported = await exportOf();
        return exported.sections.inbox.length === 0 ? exported : undefined;
      },
      { what: 'the inbox erased' },
    );
    const emptyExport: Record<string, unknown> = {
      contactPoints: { email: null, sms: null, wechat: null },
      notificationPreferences: null,
      inboxUnread: null,
    };
    for (const [section, kept] of Object.entries(after.sections))
      expect([section, kept]).toEqual([section, section in emptyExport ? emptyExport[section] : []]);

    // A match still on its way when the erasure arrived makes nothing.
    const late = await harness.publish(
      jobMatched,
      freshMatch(veteranId, harness.clock.now(), { jobId: '665f1c2ab3d4e5f60123aaaa' }),
    );
    await harness.handled(late);
    expect((await exportOf()).sections).toMatchObject({ inbox: [], notifications: [], deliveries: [] });
  });

  it('is ready when Kafka, MongoDB and Redis answer, and documents its routes', async () => {
    const ready = await harness.http().get('/health/ready').expect(200);
    expect(ready.body.info).toMatchObject({
      kafka: { status: 'up' },
      mongodb: { status: 'up' },
      redis: { status: 'up' },
    });
    const openapi = await harness.http().get('/docs/openapi.json').expect(200);
    expect(Object.keys(openapi.body.paths)).toEqual(
      expect.arrayContaining([
        '/inbox',
        '/inbox/unread-count',
        '/inbox/read-all',
        '/inbox/{notificationId}/read',
        '/inbox/{notificationId}',
        '/preferences/me',
        '/contact-points/me',
        '/notifications/{notificationId}',
        '/unsubscribe',
      ]),
    );
  });
});
