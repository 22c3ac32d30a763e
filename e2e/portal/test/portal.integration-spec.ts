import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { waitFor } from '@vetlink/testing';
import { driverProfile, truckDriverJob } from '@vetlink/e2e-scenarios/bodies';
import { ApiClient } from '@vetlink/e2e-scenarios/client';
import { OWN_EVENTS_ONLY } from '@vetlink/e2e-scenarios/own-events';
import { EmployerMember, People, Person } from '@vetlink/e2e-scenarios/people';
import { Platform } from '@vetlink/e2e-scenarios/platform';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { checkPage, desktop, launchChromium, phone, SCREENSHOTS } from './support/browser';
import { openFirstPage, otherRolesFiles } from './support/first-page';
import { PORTAL_ORIGIN, PortalServer } from './support/portal-server';
import { signIn } from './support/sign-in';

/**
 * The portal in Debian's Chromium against a platform of its own (e2e-scenarios' harness), with
 * demo-like data made through the public API: a verified employer with two published jobs that fit a
 * driver, whose profile and pushes are in place. A veteran on a phone signs in, sees the jobs with
 * reasons, applies, follows the application and reads the inbox; the employer at a desk posts a job
 * and sees the applicant. Every page is checked with axe-core and photographed.
 */
const SERVICES = ['accounts', 'gateway', 'job-postings', 'skills-profiles', 'matching', 'notifications'];
const STARTED_AT_END = {
  'matching.read-model': OWN_EVENTS_ONLY['matching.read-model']!,
  'notifications.notify': OWN_EVENTS_ONLY['notifications.notify']!,
};

describe('e2e: the portal in a browser', () => {
  const platform = new Platform(SERVICES, STARTED_AT_END, {
    // the portal's origin may call this gateway; messages link to this portal
    gateway: { GATEWAY_CORS_ORIGINS: PORTAL_ORIGIN },
    notifications: { PORTAL_BASE_URL: PORTAL_ORIGIN },
  });
  let portal: PortalServer;
  let api: ApiClient;
  let people: People;
  let employer: EmployerMember;
  let driver: Person;
  let browser: Browser;
  let veteranContext: BrowserContext;
  let veteranPage: Page;
  let employerContext: BrowserContext;
  let employerPage: Page;
  const jobs: { id: string; title: string }[] = [];
  let appliedJob: { id: string; title: string };

  beforeAll(async () => {
    await platform.start();
    portal = new PortalServer(platform.gatewayUrl, join(SCREENSHOTS, '..', 'portal-server.log'));
    api = new ApiClient(platform.gatewayUrl);
    people = new People(api, platform);
    const officer = await people.officer('officer');
    employer = await people.verifiedEmployer('employer', '南京门户e2e城配物流有限公司', officer);
    driver = await people.veteran('driver');
    await people.created('PUT', '/api/profiles/me', driverProfile(), driver.token);
    await people.knownToMatching(driver);
    await people.notificationPreferences(driver, { jobPushDailyCap: 50, quietHours: null });
    for (const title of ['城配货车司机（江宁）', '冷链配送司机（江宁）']) {
      const draft = await people.created('POST', '/api/jobs', truckDriverJob({ title }), employer.token);
      await api.expect(200, 'POST', `/api/jobs/${draft.id}/publish`, { token: employer.token });
      jobs.push({ id: draft.id, title });
    }
    // The pushes of both jobs are in the inbox before anyone opens the portal.
    await waitFor(
      async () => {
        const page = await api.expect(200, 'GET', '/api/inbox?limit=50', { token: driver.token });
        return page.items.length >= jobs.length ? true : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 250, what: 'the pushes of the two jobs' },
    );
    await portal.start();
    browser = await launchChromium();
    veteranContext = await phone(browser);
    veteranPage = await veteranContext.newPage();
    employerContext = await desktop(browser);
    employerPage = await employerContext.newPage();
  }, 480_000);

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
    await platform.stop();
  });

  // How fast it loads is the benchmark's to say (`npx nx run e2e-portal:bench`); here, what it loads.
  it("the first page a veteran opens loads none of the employers' or officers' code", async () => {
    const timing = await openFirstPage(veteranPage, PORTAL_ORIGIN);
    writeFileSync(join(SCREENSHOTS, 'first-page-timing.json'), JSON.stringify(timing, null, 2));
    expect(timing.files.length).toBeGreaterThan(0);
    expect(otherRolesFiles(timing)).toEqual([]);
  });

  it('a veteran signs in on a phone and sees recommended jobs with reasons and the score breakdown', async () => {
    await signIn(veteranPage, driver.login, { checkAs: 'phone-sign-in' });
    await veteranPage.waitForURL('**/veteran/recommended');
    const cards = veteranPage.getByTestId('recommended-job');
    await cards.first().waitFor();
    const text = await veteranPage.locator('main').innerText();
    for (const job of jobs) expect(text).toContain(job.title);
    expect(await cards.first().getByTestId('reasons').locator('li').count()).toBeGreaterThan(0);
    await cards.first().getByRole('button', { name: '匹配度构成' }).click();
    await cards.first().getByRole('progressbar').first().waitFor();
    expect(await checkPage(veteranPage, 'phone-recommended')).toEqual([]);
  });

  it('the veteran opens a job and applies', async () => {
    const first = veteranPage.getByTestId('recommended-job').first();
    const title = (await first.getByRole('heading', { level: 2 }).innerText()).trim();
    appliedJob = jobs.find((job) => job.title === title)!;
    expect(appliedJob).toBeDefined();
    await first.getByRole('link', { name: title }).click();
    await veteranPage.waitForURL(`**/veteran/jobs/${appliedJob.id}`);
    await veteranPage.getByRole('button', { name: '申请该职位' }).waitFor();
    // skills and certificates by their names, not the taxonomy's ids
    await veteranPage.getByTestId('job-skills').getByText('小型汽车驾驶').waitFor();
    expect(await veteranPage.getByTestId('job-certificates').innerText()).toContain('C1');
    expect(await veteranPage.locator('main').innerText()).not.toContain('light-vehicle-driving');
    expect(await checkPage(veteranPage, 'phone-job')).toEqual([]);
    await veteranPage.getByLabel('给用人单位的话（选填）').fill('驾龄五年，熟悉江宁路况。');
    await veteranPage.getByRole('button', { name: '申请该职位' }).click();
    await veteranPage.getByTestId('applied').waitFor();
  });

  it('the veteran sees the application and its stage under my applications', async () => {
    await veteranPage.getByRole('navigation').getByRole('link', { name: '我的申请' }).click();
    await veteranPage.waitForURL('**/veteran/applications');
    const application = veteranPage.getByTestId('application').filter({ hasText: appliedJob.title });
    await application.waitFor();
    expect(await application.innerText()).toContain('已投递');
    expect(await checkPage(veteranPage, 'phone-applications')).toEqual([]);
  });

  it('the veteran opens the inbox: unread badge, the pushes with links to the jobs, mark read', async () => {
    const badge = veteranPage.getByTestId('unread-badge');
    await badge.waitFor();
    const unreadBefore = Number(await badge.innerText());
    expect(unreadBefore).toBeGreaterThanOrEqual(jobs.length);
    await veteranPage.getByRole('navigation').getByRole('link', { name: /消息/ }).click();
    await veteranPage.waitForURL('**/veteran/inbox');
    const items = veteranPage.getByTestId('inbox-item');
    await items.first().waitFor();
    expect(await items.count()).toBeGreaterThanOrEqual(jobs.length);
    expect(await checkPage(veteranPage, 'phone-inbox')).toEqual([]);
    await items.first().getByRole('button', { name: '标为已读' }).click();
    await waitFor(
      async () =>
        ((await badge.isVisible()) ? Number(await badge.innerText()) : 0) < unreadBefore || undefined,
      {
        timeoutMs: 30_000,
        intervalMs: 200,
        what: 'the unread badge to count down',
      },
    );
    const link = veteranPage.getByRole('link', { name: '查看职位' }).first();
    await link.click();
    await veteranPage.waitForURL(/\/veteran\/jobs\/[^/]+$/);
  });

  it('the veteran search and profile pages pass axe too', async () => {
    await veteranPage.goto(`${PORTAL_ORIGIN}/veteran/search`);
    await veteranPage.getByRole('button', { name: '搜索' }).click();
    await veteranPage.getByText(/共 \d+ 个职位/).waitFor();
    expect(await checkPage(veteranPage, 'phone-search')).toEqual([]);
    // within 5 km of home: the two jobs 0.4 km away, nearest first, each with its distance
    await veteranPage.locator('#search-distance').click({ force: true });
    await veteranPage.getByRole('option', { name: '5 公里以内' }).click();
    await veteranPage.locator('#search-sort').click({ force: true });
    await veteranPage.getByRole('option', { name: '距离' }).click();
    await veteranPage.getByRole('button', { name: '搜索' }).click();
    await veteranPage.getByText(/共 2 个职位/).waitFor();
    const nearby = await veteranPage.locator('main').innerText();
    for (const job of jobs) expect(nearby).toContain(job.title);
    expect(nearby).toMatch(/距家 [\d.]+ 公里/);
    await veteranPage.goto(`${PORTAL_ORIGIN}/veteran/profile`);
    await veteranPage.getByText('档案完整度').waitFor();
    expect(await veteranPage.locator('main').innerText()).toContain('王建国');
    expect(await checkPage(veteranPage, 'phone-profile')).toEqual([]);
  });

  it('an employer signs in at a desk and posts a job', async () => {
    await signIn(employerPage, employer.login, { checkAs: 'desk-sign-in' });
    await employerPage.waitForURL('**/employer/jobs');
    await employerPage.getByTestId('jobs-table').getByText(jobs[0]!.title).waitFor();
    expect(await checkPage(employerPage, 'desk-jobs')).toEqual([]);

    await employerPage.getByRole('navigation').getByRole('link', { name: '发布职位' }).click();
    await employerPage.waitForURL('**/employer/jobs/new');
    const title = '仓储叉车司机（门户发布）';
    await employerPage.getByLabel('职位名称').fill(title);
    await employerPage
      .getByLabel('职位描述')
      .fill('负责江宁物流园区内叉车装卸与库内搬运，持叉车证，退役军人优先，提供住宿。');
    await employerPage.getByLabel('其他技能（自由填写，回车添加）').fill('叉车驾驶');
    await employerPage.keyboard.press('Enter');
    // Element Plus lays its placeholder over the input: click where the input is, as a person does
    await employerPage.locator('#job-district').click({ force: true });
    await employerPage.getByRole('option', { name: '江宁区' }).click();
    await employerPage.getByLabel('详细地址').fill('江宁区秣陵街道物流园 8 号');
    expect(await checkPage(employerPage, 'desk-post-job')).toEqual([]);
    await employerPage.getByTestId('publish').click();
    await employerPage.waitForURL('**/employer/jobs');
    const row = employerPage.getByTestId('jobs-table').locator('tr').filter({ hasText: title });
    await row.waitFor();
    expect(await row.innerText()).toContain('招聘中');
  });

  it('the employer sees the veteran who applied in the pipeline', async () => {
    const row = employerPage.getByTestId('jobs-table').locator('tr').filter({ hasText: appliedJob.title });
    await row.getByRole('link', { name: '申请人' }).click();
    await employerPage.waitForURL(`**/employer/jobs/${appliedJob.id}/applicants`);
    const applicant = employerPage.getByTestId('applicant');
    await applicant.first().waitFor();
    expect(await applicant.count()).toBe(1);
    expect(await applicant.first().innerText()).toContain('驾龄五年');
    expect(await checkPage(employerPage, 'desk-applicants')).toEqual([]);
  });
});
