import { waitFor } from '@vetlink/testing';
import {
  ALL_WEEK_AVAILABILITY,
  cookProfile,
  driverProfile,
  mentorApplication,
  shanghaiDay,
  shanghaiIsoWeek,
  startupLoanProduct,
  suzhouDriverProfile,
  suzhouTruckDriverJob,
  truckDriverJob,
} from './support/bodies';
import { ApiClient } from './support/client';
import { EmployerMember, People, Person } from './support/people';
import { OWN_EVENTS_ONLY } from './support/own-events';
import { Platform } from './support/platform';
import { incubationBase, incubationProgramme, LPR_QUOTE, ventureApplication } from './support/programmes';

/**
 * The end-to-end scenarios 1 to 6, through the gateway against one running platform, with
 * real sign-ins: what people do, told by what they see through the public API only.
 */
const SERVICES = [
  'accounts',
  'gateway',
  'job-postings',
  'skills-profiles',
  'matching',
  'notifications',
  'recommendations',
  'mentors',
  'incubators',
  'loans',
  'insights',
];
/**
 * How long the scenario waits for the push: arrival is what it shows. How fast a push arrives is measured
 * by benchmarks (`matching:bench-latency`, `notifications:bench`), not by a shared test machine's clock.
 */
const PUSH_WAIT_MS = 60_000;
/**
 * Mentors' reminder offsets in this run (minutes before the start). A session's first reminder is its
 * largest offset still ahead; with offsets 6 minutes apart, the 15-minute grid's slots of the next 40
 * minutes fall 3 minutes further along them each, so one of those slots has its first reminder due between
 * REMINDER_LEAD_MS and 3.7 minutes after the booking (2.2 minutes on average, computed over the grid).
 */
const REMINDER_OFFSETS_MINUTES = [25, 19, 13, 7, 1];
/** The booking must be written before its reminder is due: the reminder falls at least this far ahead. */
const REMINDER_LEAD_MS = 40_000;

interface InboxItem {
  notificationId: string;
  type: string;
  title: string;
  body: string;
  link: string | null;
}

describe('e2e: journeys through the gateway', () => {
  const platform = new Platform(SERVICES, OWN_EVENTS_ONLY, {
    mentors: { REMINDER_OFFSETS_MINUTES: REMINDER_OFFSETS_MINUTES.join(',') },
  });
  let api: ApiClient;
  let people: People;
  let officer: Person;
  let employer: EmployerMember;
  let driver: Person;
  let cook: Person;
  /** The session of scenario 3 whose reminder the last test awaits, and when that reminder is due. */
  let awaitedReminder: { sessionId: string; dueAt: number } | undefined;

  const inbox = async (person: Person, type: string): Promise<InboxItem[]> => {
    const page = await api.expect(200, 'GET', '/api/inbox?lang=en&limit=50', { token: person.token });
    return (page.items as InboxItem[]).filter((item) => item.type === type);
  };

  /** Drafts the job and publishes it; the job's id. */
  const postJob = async (overrides: Record<string, unknown> = {}) => {
    const draft = await api.expect(201, 'POST', '/api/jobs', {
      token: employer.token,
      body: truckDriverJob(overrides),
    });
    await api.expect(200, 'POST', `/api/jobs/${draft.id}/publish`, { token: employer.token });
    return { jobId: draft.id as string };
  };

  /**
   * The slot of the next 80 minutes (15-minute grid) whose first reminder is due soonest, yet far enough
   * ahead for the booking to be written first.
   */
  const soonestReminder = async (mentorId: string): Promise<{ start: string; dueAt: number }> => {
    const from = new Date(Date.now()).toISOString();
    const to = new Date(Date.now() + 80 * 60_000).toISOString();
    const { slots } = await api.expect(
      200,
      'GET',
      `/api/mentors/${mentorId}/slots?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
      { token: driver.token },
    );
    const now = Date.now();
    // A slot's first reminder is its largest offset still ahead (mentors queues every one still ahead).
    const candidates = (slots as { start: string }[]).map(({ start }) => ({
      start,
      dueAt: Math.min(
        ...REMINDER_OFFSETS_MINUTES.map((minutes) => Date.parse(start) - minutes * 60_000).filter(
          (dueAt) => dueAt > now,
        ),
      ),
    }));
    const [soonest] = candidates
      .filter(({ dueAt }) => dueAt >= now + REMINDER_LEAD_MS)
      .sort((a, b) => a.dueAt - b.dueAt);
    if (!soonest)
      throw new Error(`no slot of the next 80 minutes has a reminder ahead: ${JSON.stringify(slots)}`);
    return soonest;
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
    for (const veteran of [driver, cook]) await people.knownToMatching(veteran);
    // Matching knows every job on the shared topics, other runs' too, and pushes the best of them to a
    // new profile: past the default cap of 5 a day, this scenario's push would be held for the digest.
    await people.notificationPreferences(driver, { jobPushDailyCap: 50, quietHours: null });
  }, 480_000);

  afterAll(async () => {
    await platform.stop();
  });

  it('1. an employer posts a job: the veteran it fits has the push with reasons, the other nothing', async () => {
    const { jobId } = await postJob();

    const [push] = await waitFor(
      async () => {
        const items = (await inbox(driver, 'job-matched')).filter((item) =>
          item.link?.endsWith(`/jobs/${jobId}`),
        );
        return items.length > 0 ? items : undefined;
      },
      { timeoutMs: PUSH_WAIT_MS, intervalMs: 100, what: 'the push' },
    );
    expect(push.title).toContain('城配货车司机');
    expect(push.body).toMatch(/Why it fits:\n· \S/);

    // The cook's pair was scored by the same handling of the posting; nothing reached him.
    expect(await inbox(cook, 'job-matched')).toEqual([]);
    const why = await api.expect(200, 'GET', `/api/veterans/me/jobs/${jobId}/why`, { token: cook.token });
    expect({ pushWorthy: why.pushWorthy, below: why.score < why.pushThreshold || !why.eligible }).toEqual({
      pushWorthy: false,
      below: true,
    });
  }, 120_000);

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
      { timeoutMs: 45_000, intervalMs: 200, what: 'the booking confirmation in the inbox' },
    );
    expect(confirmation.link ?? '').toContain(session.id);
    const invite = await api.call('GET', `/api/sessions/${session.id}/calendar.ics`, { token: driver.token });
    expect(invite.status).toBe(200);
    expect(invite.body).toContain('BEGIN:VCALENDAR');
    expect(invite.body).toContain('METHOD:REQUEST');
    expect(invite.body).toContain(`UID:${session.id}@`);

    const second = await api.call('POST', '/api/sessions', { token: cook.token, body: booking });
    expect(second.status).toBe(409);

    // The cook (one upcoming session per mentor and veteran) books a session within the hour, whose
    // reminder falls due during this run (checked last; reminders are urgent: quiet hours do not hold them).
    const soon = await soonestReminder(mentor.userId);
    const soonSession = await people.created(
      'POST',
      '/api/sessions',
      { mentorId: mentor.userId, start: soon.start, topic: '退伍后开一家餐馆' },
      cook.token,
    );
    awaitedReminder = { sessionId: soonSession.id as string, dueAt: soon.dueAt };
  }, 120_000);

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
      timeoutMs: 60_000,
      intervalMs: 500,
      what: "the bureau's figures to count the hire",
    });
  }, 120_000);

  it('2. the weekly digest of a chosen week reaches the veterans it has jobs for, once; none for one who opted out', async () => {
    const [wantsA, wantsB, optedOut] = await Promise.all(
      ['digest-a', 'digest-b', 'digest-off'].map((who) => people.veteran(who)),
    );
    await people.created('PUT', '/api/profiles/me', suzhouDriverProfile(true), wantsA.token);
    await people.created('PUT', '/api/profiles/me', suzhouDriverProfile(true), wantsB.token);
    await people.created('PUT', '/api/profiles/me', suzhouDriverProfile(false), optedOut.token);
    // They read the week's picks instead of instant pushes: a job pushed first would be told already,
    // and rightly left out of the digest.
    for (const veteran of [wantsA, wantsB, optedOut])
      await people.notificationPreferences(veteran, {
        categories: { 'job-push': { enabled: false } },
        quietHours: null,
      });
    await postJob(suzhouTruckDriverJob());
    // The week of now, whenever CI runs: the run covers jobs new up to the moment it first starts.
    const week = shanghaiIsoWeek();

    const finished = async (runId: string) =>
      waitFor(
        async () => {
          const run = await api.expect(200, 'GET', `/api/digest-runs/${runId}`, { token: officer.token });
          return String(run.state).startsWith('completed') ? run : undefined;
        },
        { timeoutMs: 60_000, intervalMs: 300, what: `digest run ${runId} to finish` },
      );
    // Recommendations learns of profiles and jobs from events; a dry run sends nothing and says whom a
    // run would reach: once it reaches both, the week's one run goes.
    await waitFor(
      async () => {
        const dry = await api.expect(202, 'POST', '/api/digest-runs', {
          token: officer.token,
          body: { week, dryRun: true },
        });
        return (await finished(dry.runId)).counts.outcomes.sent >= 2;
      },
      { timeoutMs: 120_000, intervalMs: 1000, what: 'a dry run to reach both Suzhou drivers' },
    );
    const started = await api.expect(202, 'POST', '/api/digest-runs', {
      token: officer.token,
      body: { week },
    });
    expect(started.runId).toBe(week);
    const run = await finished(week);
    expect(run.counts.failed).toBe(0);

    const digests = (person: Person) => inbox(person, 'weekly-digest');
    await waitFor(async () => (await digests(wantsA)).length > 0 && (await digests(wantsB)).length > 0, {
      timeoutMs: 30_000,
      intervalMs: 250,
      what: 'the digests in both inboxes',
    });
    // The same week again (an operator's re-trigger): the run is the same, and sends nothing twice.
    const again = await api.expect(202, 'POST', '/api/digest-runs', { token: officer.token, body: { week } });
    expect(again.runId).toBe(week);
    await new Promise((settle) => setTimeout(settle, 5000));
    expect((await finished(week)).counts.outcomes).toEqual(run.counts.outcomes);

    for (const veteran of [wantsA, wantsB]) {
      const [digest, ...more] = await digests(veteran);
      expect(more).toEqual([]);
      expect(digest.body).toContain('苏州吴中城配司机');
    }
    expect(await digests(optedOut)).toEqual([]);
    expect(await digests(cook)).toEqual([]);
  }, 240_000);

  it('4. a veteran applies to an incubation programme, reviewers score it blind, and it is admitted into the space it asked for', async () => {
    const base = await api.expect(201, 'POST', '/api/incubation/bases', {
      token: officer.token,
      body: incubationBase(`江宁退役军人创业孵化基地 ${platform.runId}`, 2),
    });
    const staff = await people.staff('base-staff', 'base-staff', base.id);
    await api.expect(201, 'POST', `/api/incubation/bases/${base.id}/staff`, {
      token: officer.token,
      body: { userId: staff.userId },
    });
    const programme = await api.expect(201, 'POST', `/api/incubation/bases/${base.id}/programmes`, {
      token: staff.token,
      body: incubationProgramme(),
    });

    const founder = await people.veteran('founder');
    await people.created('PUT', '/api/profiles/me', driverProfile(), founder.token);
    // Incubators learns that the founder is a veteran with a service record from skills-profiles' events
    // (a team naming an unknown veteran is refused); the founder sees what it knows in their personal data.
    await waitFor(
      async () => {
        const known = await api.call('GET', '/api/personal-data/incubators/me', { token: founder.token });
        return known.status === 200 && /"hasServiceRecord":true/.test(JSON.stringify(known.body.sections));
      },
      { timeoutMs: 60_000, intervalMs: 250, what: 'incubators to know the founder' },
    );
    const draft = await api.expect(201, 'POST', `/api/incubation/programmes/${programme.id}/applications`, {
      token: founder.token,
      body: ventureApplication(founder.userId),
    });
    const applicationPath = `/api/incubation/applications/${draft.id}`;
    const eligibility = await api.expect(200, 'GET', `${applicationPath}/eligibility`, {
      token: founder.token,
    });
    expect(eligibility.eligible).toBe(true);
    await api.expect(201, 'POST', `${applicationPath}/submit`, { token: founder.token });

    await api.expect(201, 'POST', `${applicationPath}/screening`, {
      token: staff.token,
      body: { reason: '材料齐全' },
    });
    const reviewers = [await people.mentor('reviewer-1'), await people.mentor('reviewer-2')];
    await api.expect(201, 'POST', `${applicationPath}/review`, {
      token: staff.token,
      body: { reviewerIds: reviewers.map((reviewer) => reviewer.userId) },
    });
    // Blind: a reviewer reads the others' scores only after giving their own.
    expect((await api.call('GET', `${applicationPath}/scores`, { token: reviewers[0].token })).status).toBe(
      403,
    );
    await api.expect(201, 'POST', `${applicationPath}/scores`, {
      token: reviewers[0].token,
      body: { scores: { team: 5, market: 3, 'veteran-jobs': 4 }, comment: '车队和客户都是真的' },
    });
    await api.expect(201, 'POST', `${applicationPath}/scores`, {
      token: reviewers[1].token,
      body: { scores: { team: 4, market: 4, 'veteran-jobs': 4 } },
    });

    const decided = await api.expect(201, 'POST', `${applicationPath}/decision`, {
      token: staff.token,
      body: { outcome: 'accept', reason: '团队可信，已有付费客户' },
    });
    // 4.2 and 4.0 (weights 50/30/20): a total of 4.1, a spread of 0.2; one of the two workstations let.
    expect(decided.state).toBe('in-residence');
    expect(decided.decision.review.total).toBeCloseTo(4.1, 5);
    expect(decided.decision.review.spread).toBeCloseTo(0.2, 5);
    expect(decided.residence.units).toEqual([`unit:${base.id}:workstation:1`]);

    const mine = await api.expect(200, 'GET', applicationPath, { token: founder.token });
    expect({ state: mine.state, reason: mine.decision.reason }).toEqual({
      state: 'in-residence',
      reason: '团队可信，已有付费客户',
    });
    expect(mine.reviewers).toBeUndefined();
    await waitFor(
      async () =>
        (await inbox(founder, 'incubation-admitted')).some((item) => JSON.stringify(item).includes(draft.id)),
      { timeoutMs: 30_000, intervalMs: 250, what: "the admission in the founder's inbox" },
    );
  }, 120_000);

  it('5. a veteran applies for a startup loan, passes eligibility, the bank approves and pays out; the veteran sees the schedule and the subsidy', async () => {
    const bankId = `bank-${platform.runId}`;
    await api.expect(201, 'POST', '/api/lpr-quotes', { token: officer.token, body: LPR_QUOTE });
    const product = await api.expect(201, 'POST', '/api/products', {
      token: officer.token,
      body: startupLoanProduct(bankId),
    });
    const teller = await people.staff('bank-staff', 'teller', bankId);

    const borrower = await people.veteran('borrower');
    await people.created('PUT', '/api/profiles/me', driverProfile(), borrower.token);
    // Loans learns that the borrower is a veteran with a service record from skills-profiles' events;
    // the veteran sees what it knows in their personal data.
    await waitFor(
      async () => {
        const known = await api.call('GET', '/api/personal-data/loans/me', { token: borrower.token });
        return known.status === 200 && known.body.sections?.['veteran-status']?.hasServiceRecord === true;
      },
      { timeoutMs: 60_000, intervalMs: 250, what: 'loans to know the borrower' },
    );
    const amountFen = 30_000_000;
    const draft = await api.expect(201, 'POST', '/api/loans', {
      token: borrower.token,
      body: { productId: product.id, amountFen, termMonths: 36, purpose: '购置两辆冷藏车，开展城配业务' },
    });
    const submitted = await api.expect(200, 'POST', `/api/loans/${draft.id}/submit`, {
      token: borrower.token,
    });
    expect({
      state: submitted.state,
      eligible: submitted.eligibility.eligible,
      subsidy: submitted.eligibility.subsidy.applies,
    }).toEqual({ state: 'bank-review', eligible: true, subsidy: true });

    await api.expect(200, 'POST', `/api/loans/${draft.id}/decision`, {
      token: teller.token,
      body: { decision: 'approved', reason: '经营计划可行' },
    });
    await api.expect(200, 'POST', `/api/loans/${draft.id}/disbursement`, {
      token: teller.token,
      body: { reason: '已划入经营账户' },
    });

    const loan = await api.expect(200, 'GET', `/api/loans/${draft.id}`, { token: borrower.token });
    const installments = loan.installments as {
      principalFen: number;
      interestFen: number;
      fundInterestFen: number;
    }[];
    expect({ state: loan.state, annualRateBp: loan.annualRateBp, subsidised: loan.subsidised }).toEqual({
      state: 'disbursed',
      annualRateBp: 350,
      subsidised: true,
    });
    // 300,000 CNY over 36 months at 3.50 %: 8,790.62 a month, half the interest paid by the fund.
    expect(installments).toHaveLength(36);
    expect(installments.reduce((sum, installment) => sum + installment.principalFen, 0)).toBe(amountFen);
    expect(installments[0]).toMatchObject({
      principalFen: 791_562,
      interestFen: 87_500,
      fundInterestFen: 43_750,
    });
    const ledger = await api.expect(200, 'GET', `/api/loans/${draft.id}/subsidy-ledger`, {
      token: borrower.token,
    });
    // The fund's share up to the loan's cap of 6,000 CNY, entry by entry as in the schedule.
    expect((ledger as { amountFen: number }[]).reduce((sum, entry) => sum + entry.amountFen, 0)).toBe(
      600_000,
    );
    await waitFor(
      async () =>
        (await inbox(borrower, 'loan-disbursed')).some((item) => JSON.stringify(item).includes(draft.id)),
      { timeoutMs: 30_000, intervalMs: 250, what: "the disbursement in the borrower's inbox" },
    );
  }, 120_000);

  it('3. the reminder of a session booked for the coming hour reaches the veteran when it is due', async () => {
    if (!awaitedReminder) throw new Error('scenario 3 booked no session to be reminded of');
    const { sessionId, dueAt } = awaitedReminder;
    const [reminder] = await waitFor(
      async () => {
        const items = (await inbox(cook, 'mentor-session-reminder')).filter((item) =>
          item.link?.includes(sessionId),
        );
        return items.length > 0 ? items : undefined;
      },
      {
        timeoutMs: Math.max(0, dueAt - Date.now()) + 60_000,
        intervalMs: 500,
        what: 'the session reminder in the inbox',
      },
    );
    // Not before it was due (a second's slack for the clocks of BullMQ and this process).
    expect(Date.now()).toBeGreaterThanOrEqual(dueAt - 1000);
    expect(reminder.title.length).toBeGreaterThan(0);
  }, 300_000);
});
