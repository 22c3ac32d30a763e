import { join } from 'node:path';
import mongoose from 'mongoose';
import { forkliftJob, shanghaiDay, warehouseHandProfile } from '@vetlink/e2e-scenarios/bodies';
import { ApiClient } from '@vetlink/e2e-scenarios/client';
import { OWN_EVENTS_ONLY } from '@vetlink/e2e-scenarios/own-events';
import { EmployerMember, PASSWORD, People, Person } from '@vetlink/e2e-scenarios/people';
import { Platform } from '@vetlink/e2e-scenarios/platform';
import { testEngines, waitFor } from '@vetlink/testing';
import type { Browser, Page } from 'playwright-core';
import { checkPage, desktop, launchChromium, phone, SCREENSHOTS } from './support/browser';
import { PORTAL_ORIGIN, PortalServer } from './support/portal-server';
import { signIn } from './support/sign-in';

/**
 * Training that unlocks jobs, in Debian's Chromium against a platform of its own: a forklift training
 * school (a training provider's staff, at a desk) publishes a run of the bureau's forklift course; a
 * warehouse hand without the licence (on a phone) is shown that the course would open two forklift jobs
 * nearby, with their pay, and takes the run's one place; a second veteran is told they are first on the
 * waiting list, the provider sees the seat and the line, the second veteran withdraws before the start
 * and the provider sees who left; once the run has begun the provider records attendance and completion; the veteran's enrolment says completed and the forklift jobs are now
 * among their recommended jobs. Every new page is checked with axe-core and photographed.
 *
 * Completion is accepted only after the run's first day and runs are scheduled from tomorrow on, while
 * the platform runs on the real clock: the test moves the run's days into the past in the trainings
 * service's own test database, standing in for the days passing (the platform has no test clock yet).
 */
const SERVICES = ['accounts', 'gateway', 'job-postings', 'skills-profiles', 'matching', 'trainings'];
const COURSE_TITLE = '叉车司机培训（退役军人专班）';
const JOB_TITLES = ['叉车司机', '仓库叉车工'];
const DAY_MS = 86_400_000;

describe('e2e: a course that unlocks jobs, in the browser', () => {
  const platform = new Platform(
    SERVICES,
    // trainings' skill gaps read jobs and profiles: from this run's events only
    { ...OWN_EVENTS_ONLY, 'trainings.events': ['jobs.job-postings', 'profiles.veteran-profiles'] },
    { gateway: { GATEWAY_CORS_ORIGINS: PORTAL_ORIGIN } },
  );
  const providerId = `e2e-forklift-school-${platform.runId}`.slice(0, 64);
  let portal: PortalServer;
  let api: ApiClient;
  let officer: Person;
  let employer: EmployerMember;
  let veteran: Person;
  let second: Person;
  let courseId: string;
  let provider: Person;
  let browser: Browser;
  let veteranPage: Page;
  let secondPage: Page;
  let providerPage: Page;
  let runId: string;

  beforeAll(async () => {
    await platform.start();
    portal = new PortalServer(platform.gatewayUrl, join(SCREENSHOTS, '..', 'portal-server-courses.log'));
    api = new ApiClient(platform.gatewayUrl);
    const people = new People(api, platform);
    officer = await people.officer('officer');
    const [made] = await platform.createAccounts([
      {
        role: 'training-provider',
        login: people.login('provider'),
        password: PASSWORD,
        organisationId: providerId,
      },
    ]);
    if (!made?.userId) throw new Error(`training provider not created: ${made?.error}`);
    provider = await people.signIn('provider');
    employer = await people.verifiedEmployer('employer', '南京e2e仓储物流有限公司', officer);
    veteran = await people.veteran('warehouse-hand');
    second = await people.veteran('second');
    await people.created('PUT', '/api/profiles/me', warehouseHandProfile(false), veteran.token);
    for (const [title, address] of [
      [JOB_TITLES[0], '江宁区秣周东路 12 号'],
      [JOB_TITLES[1], '江宁区将军大道 88 号'],
    ]) {
      const draft = await api.expect(201, 'POST', '/api/jobs', {
        token: employer.token,
        body: forkliftJob(title as string, address as string, { salary: { min: 6000, max: 8500 } }),
      });
      await api.expect(200, 'POST', `/api/jobs/${draft.id}/publish`, { token: employer.token });
    }
    // The bureau adds the course to its catalogue, naming the school as its provider.
    const course = await api.expect(201, 'POST', '/api/trainings/courses', {
      token: officer.token,
      body: {
        title: COURSE_TITLE,
        trainingId: 'forklift-course',
        skillIds: ['forklift-operation'],
        certificateIds: ['forklift-licence'],
        durationDays: 10,
        costFen: 180_000,
        veteranSubsidyFen: 180_000,
        provider: '南京叉车技能培训学校',
        providerId,
        cityId: 'nanjing',
        venue: '江宁区实训基地',
        mode: 'in-person',
      },
    });
    courseId = course.id as string;
    await portal.start();
    browser = await launchChromium();
    providerPage = await (await desktop(browser)).newPage();
    veteranPage = await (await phone(browser)).newPage();
    secondPage = await (await phone(browser)).newPage();
  }, 480_000);

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
    await platform.stop();
  });

  it('the provider publishes a run of its course at a desk', async () => {
    const page = providerPage;
    await signIn(page, provider.login);
    await page.waitForURL('**/training-provider/runs');
    const course = page.getByTestId('provider-course').filter({ hasText: COURSE_TITLE });
    await course.getByText('这门课还没有开班。').waitFor();
    await course.getByTestId('new-run').click();
    // a run shorter than the course is named under its last day, by the service
    await page.getByLabel('开班日期').fill(shanghaiDay(7));
    await page.getByLabel('结业日期').fill(shanghaiDay(9));
    await page.getByLabel('报名开始日期').fill(shanghaiDay(0));
    await page.getByLabel('报名截止日期').fill(shanghaiDay(5));
    await page.getByTestId('publish-run').click();
    await page.getByText("the run spans 3 days, shorter than the course's 10").waitFor();
    expect(await checkPage(page, 'provider-run-form-problem')).toEqual([]);
    await page.getByLabel('结业日期').fill(shanghaiDay(20));
    await page.getByLabel('名额').fill('1');
    await page.getByLabel('名额').press('Tab'); // el-input-number takes the typed value on leaving it
    await page.getByTestId('publish-run').click();
    await page.getByTestId('run-published').waitFor();
    const link = course.getByTestId('open-run');
    await link.waitFor();
    runId = ((await link.getAttribute('href')) ?? '').split('/').pop() ?? '';
    expect(runId).not.toBe('');
    expect(await course.innerText()).toContain('报名中');
    expect(await checkPage(page, 'provider-runs')).toEqual([]);
  }, 120_000);

  it('the veteran on a phone sees the course would open the forklift jobs nearby, and enrols', async () => {
    // trainings learns of the jobs and the profile from their events
    await waitFor(
      async () => {
        const gaps = await api.call('GET', '/api/trainings/skill-gaps/me?jobs=5', { token: veteran.token });
        const course = gaps.status === 200 ? gaps.body.courses?.[0] : undefined;
        return course?.runs?.length && course.unlockedJobCount >= 2 ? course : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 500, what: 'the course among the skill gaps' },
    );
    const page = veteranPage;
    await signIn(page, veteran.login);
    await page.waitForURL('**/veteran/recommended');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '服务' }).click();
    await page.getByRole('heading', { name: '就业创业服务' }).waitFor();
    await page.getByRole('link', { name: '培训课程', exact: true }).click();
    await page.getByRole('heading', { name: '培训课程', level: 1 }).waitFor();
    const suggestion = page.getByTestId('suggestion').filter({ hasText: COURSE_TITLE });
    await suggestion.waitFor();
    expect(await suggestion.getByTestId('unlocks').innerText()).toMatch(
      /可解锁附近 \d+ 个岗位 · 月薪 6,000–8,500 元/,
    );
    for (const title of JOB_TITLES)
      await suggestion.getByTestId('unlocked-job').getByRole('link', { name: title, exact: true }).waitFor();
    expect(await suggestion.getByTestId('course-pays').innerText()).toBe('退役军人免费');
    expect(await suggestion.getByTestId('run').innerText()).toContain('剩余 1 个名额');
    expect(await suggestion.innerText()).toContain('叉车司机证');
    expect(await checkPage(page, 'veteran-courses-suggested')).toEqual([]);

    await suggestion.getByTestId('enrol').click();
    expect(await suggestion.getByTestId('enrol-outcome').innerText()).toMatch(/报名成功：你的座位号是 \d+。/);

    await page.getByTestId('my-enrolments-link').click();
    const enrolment = page.getByTestId('enrolment').filter({ hasText: COURSE_TITLE });
    await enrolment.waitFor();
    expect(await enrolment.getByTestId('enrolment-state').innerText()).toContain('已报名');
    expect(await enrolment.innerText()).toContain(`开班前一天（${shanghaiDay(6)}）之前可以退出`);
    expect(await checkPage(page, 'veteran-course-enrolments')).toEqual([]);

    await enrolment.getByRole('link', { name: COURSE_TITLE }).click();
    await page.getByRole('heading', { name: COURSE_TITLE, level: 1 }).waitFor();
    await page.getByTestId('run').first().waitFor();
    expect(await checkPage(page, 'veteran-course')).toEqual([]);
    await page.goto(`${PORTAL_ORIGIN}/veteran/courses/catalogue`);
    await page.getByTestId('course').filter({ hasText: COURSE_TITLE }).waitFor();
    expect(await checkPage(page, 'veteran-course-catalogue')).toEqual([]);
  }, 180_000);

  it('a second veteran enrols in the full run and is told they are first on the waiting list', async () => {
    const page = secondPage;
    await signIn(page, second.login);
    await page.waitForURL('**/veteran/recommended');
    await page.goto(`${PORTAL_ORIGIN}/veteran/courses/${courseId}`);
    await page.getByRole('heading', { name: COURSE_TITLE, level: 1 }).waitFor();
    await page.getByTestId('enrol').click();
    expect(await page.getByTestId('enrol-outcome').innerText()).toContain(
      '名额已满，你已进入候补名单，排第 1 位。',
    );
    expect(await checkPage(page, 'veteran-course-waitlisted')).toEqual([]);
    await page.getByRole('link', { name: '我的报名' }).click();
    const enrolment = page.getByTestId('enrolment').filter({ hasText: COURSE_TITLE });
    expect(await enrolment.getByTestId('enrolment-state').innerText()).toMatch(/候补中\s*·\s*候补第 1 位/);
  }, 120_000);

  it('the provider sees the seat taken and, once the run has begun, records completion', async () => {
    const page = providerPage;
    await page.getByTestId('open-run').first().click();
    await page.getByRole('heading', { name: `学员名单 · ${COURSE_TITLE}` }).waitFor();
    await page.getByTestId('seated').getByText('已报名').waitFor();
    await page.getByTestId('waitlist').getByRole('row').nth(1).waitFor();
    expect(await page.getByTestId('waitlist').getByRole('row').count()).toBe(2); // the header and one
    await page.getByTestId('not-started').waitFor();
    expect(await checkPage(page, 'provider-roster-before-start')).toEqual([]);

    // the second veteran withdraws before the start; the provider sees who left
    const enrolment = secondPage.getByTestId('enrolment').filter({ hasText: COURSE_TITLE });
    await enrolment.getByTestId('withdraw').click();
    await enrolment.getByTestId('confirm-withdraw').click();
    await secondPage.getByTestId('enrolment-done').waitFor();
    await enrolment.getByText('已退出').first().waitFor();
    expect(await checkPage(secondPage, 'veteran-course-withdrawn')).toEqual([]);
    await page.reload();
    await page.getByTestId('left').getByText('学员自行退出').waitFor();
    await page.getByText('没有候补。').waitFor();

    await moveRunIntoThePast(runId);
    await page.reload();
    const form = page.getByTestId('completion-form');
    await form.waitFor();
    await form.getByLabel('出勤率（%）').fill('95');
    await form.getByTestId('record-completion').click();
    await page.getByText('已记录：结业，出勤 95%。').waitFor();
    await page.getByTestId('seated').getByText('已结业').waitFor();
    expect(await checkPage(page, 'provider-roster-completed')).toEqual([]);
  }, 120_000);

  it('the veteran sees the course completed and the forklift jobs among the recommended ones', async () => {
    const page = veteranPage;
    await page.goto(`${PORTAL_ORIGIN}/veteran/courses/enrolments`);
    const enrolment = page.getByTestId('enrolment').filter({ hasText: COURSE_TITLE });
    expect(await enrolment.getByTestId('enrolment-state').innerText()).toContain('已结业');
    // completion → skills-profiles adds the verified licence → matching scores the jobs again
    await waitFor(
      async () => {
        const answer = await api.call('GET', '/api/veterans/me/recommended-jobs?limit=20', {
          token: veteran.token,
        });
        const titles = ((answer.body?.items ?? []) as { job: { title: string } }[]).map(
          (item) => item.job.title,
        );
        return JOB_TITLES.every((title) => titles.includes(title)) ? true : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 500, what: 'the forklift jobs recommended' },
    );
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '推荐' }).click();
    for (const title of JOB_TITLES)
      await page.getByTestId('recommended-job').filter({ hasText: title }).first().waitFor();
    expect(await checkPage(page, 'veteran-recommended-after-course')).toEqual([]);
  }, 120_000);

  /**
   * The run's first day becomes yesterday (its enrolment window before it), in trainings' own database
   * of this platform: what the days passing would do, since services here run on the real clock.
   */
  async function moveRunIntoThePast(id: string): Promise<void> {
    const connection = await mongoose
      .createConnection(testEngines.mongoUri, { dbName: `${platform.runId}-trainings` })
      .asPromise();
    try {
      const moved = await connection.collection<{ _id: string }>('course_runs').updateOne(
        { _id: id },
        {
          $set: {
            startsOn: shanghaiDay(-1),
            endsOn: shanghaiDay(12),
            enrolmentOpensAt: new Date(Date.now() - 10 * DAY_MS),
            enrolmentClosesAt: new Date(Date.now() - 2 * DAY_MS),
          },
        },
      );
      expect(moved.modifiedCount).toBe(1);
    } finally {
      await connection.close();
    }
  }
});
