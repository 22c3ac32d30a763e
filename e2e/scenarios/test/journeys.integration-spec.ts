import { waitFor } from '@vetlink/testing';
import {
  ALL_WEEK_AVAILABILITY,
  cookProfile,
  driverProfile,
  mentorApplication,
  shanghaiDay,
  truckDriverJob,
} from './support/bodies';
import { ApiClient } from './support/client';
import { EmployerMember, People, Person } from './support/people';
import { Platform } from './support/platform';

/**
 * The end-to-end scenarios 1, 3 and 6, through the gateway against one running platform, with
 * real sign-ins: what people do, told by what they see through the public API only.
 */
const SERVICES = [
  'accounts',
  'gateway',
  'job-postings',
  'skills-profiles',
  'matching',
  'notifications',
  'mentors',
  'insights',
];
const PUSH_BOUND_MS = 5000;

interface InboxItem {
  notificationId: string;
  type: string;
  title: string;
  body: string;
  link: string | null;
}

describe('e2e: journeys through the gateway', () => {
  // Only this run's events: the push and the booking notice must not queue behind the shared topics' history.
  const platform = new Platform(SERVICES, {
    'matching.read-model': ['profiles.veteran-profiles', 'jobs.job-postings'],
    'notifications.notify': [
      'profiles.veteran-profiles',
      'matching.job-matches',
      'mentors.mentors',
      'mentors.sessions',
      'loans.loans',
      'incubators.startups',
      'recommendations.weekly-digests',
    ],
  });
  let api: ApiClient;
  let people: People;
  let officer: Person;
  let employer: EmployerMember;
  let driver: Person;
  let cook: Person;

  const inbox = async (person: Person, type: string): Promise<InboxItem[]> => {
    const page = await api.expect(200, 'GET', '/api/inbox?lang=en&limit=50', { token: person.token });
    return (page.items as InboxItem[]).filter((item) => item.type === type);
  };

  /** Drafts the job and publishes it; the instant the publication was asked for, and the job's id. */
  const postJob = async (overrides: Record<string, unknown> = {}) => {
    const draft = await api.expect(201, 'POST', '/api/jobs', {
      token: employer.token,
      body: truckDriverJob(overrides),
    });
    const publishedAt = Date.now();
    await api.expect(200, 'POST', `/api/jobs/${draft.id}/publish`, { token: employer.token });
    return { jobId: draft.id as string, publishedAt };
  };

  beforeAll(async () => {
    await platform.start();
    api = new ApiClient(platform.gatewayUrl);
    people = new People(api, platform);
    officer = await people.officer('officer');
    employer = await people.verifiedEmployer('employer', '南京e2e城配物流有限公司', officer);
    driver = await people.veteran('driver');
    cook = await people.veteran('cook');
    await people.created('PUT', '/api/profiles/me', driverProfile(), driver.token);
    await people.created('PUT', '/api/profiles/me', cookProfile(), cook.token);
    // Matching learns of the profiles from skills-profiles' events; a job posted before would reach
    // the driver as a profile-changed push instead, which is not the scenario.
    for (const veteran of [driver, cook])
      await waitFor(
        async () =>
          (await api.call('GET', '/api/veterans/me/recommended-jobs', { token: veteran.token })).status ===
          200,
        { timeoutMs: 60_000, intervalMs: 250, what: 'matching to know the profile' },
      );
    // Matching knows every job on the shared topics, other runs' too, and pushes the best of them to a
    // new profile: past the default cap of 5 a day, this scenario's push would be held for the digest.
    await waitFor(
      async () =>
        (
          await api.call('PATCH', '/api/preferences/me', {
            token: driver.token,
            body: { jobPushDailyCap: 50, quietHours: null },
          })
        ).status === 200,
      { timeoutMs: 30_000, intervalMs: 250, what: "the driver's notification preferences" },
    );
  }, 480_000);

  afterAll(async () => {
    await platform.stop();
  });

  it('1. an employer posts a job: the veteran it fits has the push with reasons within 5 s, the other nothing', async () => {
    const { jobId, publishedAt } = await postJob();

    const [push] = await waitFor(
      async () => {
        const items = (await inbox(driver, 'job-matched')).filter((item) =>
          item.link?.endsWith(`/jobs/${jobId}`),
        );
        return items.length > 0 ? items : undefined;
      },
      { timeoutMs: PUSH_BOUND_MS - (Date.now() - publishedAt), intervalMs: 100, what: 'the push' },
    );
    const arrivedAfterMs = Date.now() - publishedAt;
    expect(arrivedAfterMs).toBeLessThanOrEqual(PUSH_BOUND_MS);
    expect(push.title).toContain('城配货车司机');
    expect(push.body).toMatch(/Why it fits:\n· \S/);

    // The cook's pair was scored by the same handling of the posting; nothing reached him.
    expect(await inbox(cook, 'job-matched')).toEqual([]);
    const why = await api.expect(200, 'GET', `/api/veterans/me/jobs/${jobId}/why`, { token: cook.token });
    expect({ pushWorthy: why.pushWorthy, below: why.score < why.pushThreshold || !why.eligible }).toEqual({
      pushWorthy: false,
      below: true,
    });
  });

  it('3. a veteran finds a mentor and books a slot: confirmed in the inbox and as .ics; another veteran cannot take it (409)', async () => {
    const mentor = await people.mentor('mentor');
    await people.created('POST', '/api/mentors', mentorApplication(), mentor.token);
    await api.expect(200, 'POST', `/api/mentors/${mentor.userId}/verification`, { token: officer.token });
    await api.expect(200, 'PUT', `/api/mentors/${mentor.userId}/availability`, {
      token: mentor.token,
      body: ALL_WEEK_AVAILABILITY,
    });

    const found = await api.expect(200, 'GET', '/api/mentors?expertise=logistics&cityId=suqian', {
      token: driver.token,
    });
    expect(JSON.stringify(found)).toContain(mentor.userId);
    const from = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const to = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const { slots } = await api.expect(
      200,
      'GET',
      `/api/mentors/${mentor.userId}/slots?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
      { token: driver.token },
    );
    const slot = slots[0] as { start: string; end: string };
    expect(slot).toBeDefined();

    const booking = { mentorId: mentor.userId, start: slot.start, topic: '开一家城配物流公司' };
    const session = await people.created('POST', '/api/sessions', booking, driver.token);

    const [confirmation] = await waitFor(
      async () => {
        const items = await inbox(driver, 'mentor-session-booked');
        return items.length > 0 ? items : undefined;
      },
      { timeoutMs: 20_000, intervalMs: 200, what: 'the booking confirmation in the inbox' },
    );
    expect(confirmation.link ?? '').toContain(session.id);
    const invite = await api.call('GET', `/api/sessions/${session.id}/calendar.ics`, { token: driver.token });
    expect(invite.status).toBe(200);
    expect(invite.body).toContain('BEGIN:VCALENDAR');
    expect(invite.body).toContain('METHOD:REQUEST');
    expect(invite.body).toContain(`UID:${session.id}@`);

    const second = await api.call('POST', '/api/sessions', { token: cook.token, body: booking });
    expect(second.status).toBe(409);
  });

  it('6. an employer hires a veteran through an application: the job and the bureau count the hire', async () => {
    const figuresPath = `/api/figures?from=${shanghaiDay(-1)}&to=${shanghaiDay(1)}&period=total&by=district&cityId=nanjing`;
    const hiresInJiangning = async (): Promise<number> => {
      const table = await api.expect(200, 'GET', figuresPath, { token: officer.token });
      const rows = table.rows as { districtId?: string; figures: Record<string, number> }[];
      return rows.find((row) => row.districtId === 'nanjing-jiangning')?.figures['hires'] ?? 0;
    };
    const hiresBefore = await hiresInJiangning();
    const { jobId } = await postJob({ title: '城配货车司机（夜班）', headcount: 1 });

    const application = await api.expect(201, 'POST', `/api/jobs/${jobId}/applications`, {
      token: driver.token,
      body: { coverLetter: '五年汽车兵，持C1驾照。' },
    });
    for (const stage of ['viewed', 'interview', 'offer', 'hired'])
      await api.expect(200, 'POST', `/api/applications/${application.id}/stage`, {
        token: employer.token,
        body: { stage },
      });

    const job = await api.expect(200, 'GET', `/api/jobs/${jobId}`, { token: employer.token });
    expect({ hiredCount: job.hiredCount, status: job.status }).toEqual({ hiredCount: 1, status: 'filled' });
    const mine = await api.expect(200, 'GET', `/api/applications/${application.id}`, { token: driver.token });
    expect(mine.stage).toBe('hired');
    // Insights counts the hire from job-postings' event: other runs may add theirs, never take one away.
    await waitFor(async () => (await hiresInJiangning()) >= hiresBefore + 1, {
      timeoutMs: 30_000,
      intervalMs: 500,
      what: "the bureau's figures to count the hire",
    });
  });
});
