import { randomInt } from 'node:crypto';
import { join } from 'node:path';
import { creditCodeCheckCharacter } from '@vetlink/demo-data';
import { waitFor } from '@vetlink/testing';
import { driverProfile, mentorApplication } from '@vetlink/e2e-scenarios/bodies';
import { ApiClient } from '@vetlink/e2e-scenarios/client';
import { OWN_EVENTS_ONLY } from '@vetlink/e2e-scenarios/own-events';
import { PASSWORD, People, Person } from '@vetlink/e2e-scenarios/people';
import { Platform } from '@vetlink/e2e-scenarios/platform';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { checkPage, desktop, launchChromium, SCREENSHOTS } from './support/browser';
import { PORTAL_ORIGIN, PortalServer } from './support/portal-server';
import { signIn } from './support/sign-in';

/**
 * An employer's and an officer's desk pages in Debian's Chromium at 1366×900, against a platform of
 * its own: the employer signs the organisation up and registers it (a wrong credit code refused as
 * typed), an officer in another browser verifies it, a colleague is invited and accepts in a fresh
 * browser, a job is drafted, edited, previewed and published, a fitting veteran (made through the API)
 * is shown masked among the candidates, applies, and is moved along the pipeline to hired. Every page
 * is checked with axe-core and photographed.
 */
const SERVICES = ['accounts', 'gateway', 'job-postings', 'skills-profiles', 'matching', 'mentors'];
const STARTED_AT_END = { 'matching.read-model': OWN_EVENTS_ONLY['matching.read-model']! };
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A well-formed credit code of a Nanjing company (random body), and the same with a wrong check character. */
function creditCodes(): { valid: string; wrongCheck: string } {
  const body = Array.from({ length: 9 }, () => ALPHABET.charAt(randomInt(ALPHABET.length))).join('');
  const first17 = `91320100${body}`;
  const check = creditCodeCheckCharacter(first17);
  const wrong = ALPHABET.charAt((ALPHABET.indexOf(check) + 1) % ALPHABET.length);
  return { valid: first17 + check, wrongCheck: first17 + wrong };
}

describe('e2e: employers and officers at a desk', () => {
  const platform = new Platform(SERVICES, STARTED_AT_END, {
    gateway: { GATEWAY_CORS_ORIGINS: PORTAL_ORIGIN },
  });
  const organisationName = '南京门户e2e安达物流有限公司';
  const codes = creditCodes();
  let portal: PortalServer;
  let api: ApiClient;
  let people: People;
  let officer: Person;
  let driver: Person;
  let browser: Browser;
  let employerContext: BrowserContext;
  let employerPage: Page;
  let jobId: string;
  const jobTitle = '城配货车司机（门户编辑）';

  beforeAll(async () => {
    await platform.start();
    portal = new PortalServer(platform.gatewayUrl, join(SCREENSHOTS, '..', 'portal-server-employer.log'));
    api = new ApiClient(platform.gatewayUrl);
    people = new People(api, platform);
    officer = await people.officer('officer');
    driver = await people.veteran('driver');
    await people.created('PUT', '/api/profiles/me', driverProfile(), driver.token);
    await api.expect(200, 'PATCH', '/api/profiles/me/job-seeking-status', {
      token: driver.token,
      body: { status: 'actively-looking' },
    });
    await people.knownToMatching(driver);
    await portal.start();
    browser = await launchChromium();
    employerContext = await desktop(browser);
    employerPage = await employerContext.newPage();
  }, 480_000);

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
    await platform.stop();
  });

  it('an employer signs the organisation up from the sign-in page', async () => {
    await employerPage.goto(`${PORTAL_ORIGIN}/sign-in`);
    await employerPage.getByRole('link', { name: '用人单位注册' }).click();
    await employerPage.waitForURL('**/employer-sign-up');
    await employerPage.getByLabel('单位名称（与营业执照一致）').fill(organisationName);
    await employerPage.getByLabel('手机号或电子邮箱').fill(people.login('employer'));
    await employerPage.getByLabel('密码', { exact: true }).fill(PASSWORD);
    await employerPage.getByLabel('再次输入密码').fill(PASSWORD);
    expect(await checkPage(employerPage, 'desk-employer-sign-up')).toEqual([]);
    await employerPage.getByTestId('organisation-sign-up').click();
    await employerPage.waitForURL('**/employer/organisation');
    await employerPage.getByText('请按营业执照填写').waitFor();
  }, 120_000);

  it('registers the organisation: a wrong credit code is refused as typed, then it waits for the bureau', async () => {
    const page = employerPage;
    await page.getByLabel('单位名称', { exact: true }).fill(organisationName);
    const code = page.getByLabel('统一社会信用代码');
    await code.pressSequentially(codes.wrongCheck.slice(0, 10));
    await page.getByText('已输入 10 / 18 位').waitFor();
    await code.pressSequentially(codes.wrongCheck.slice(10));
    await page.getByText('校验位（第 18 位）不符，请逐位核对营业执照').waitFor();
    expect(await checkPage(page, 'desk-organisation-wrong-code')).toEqual([]);
    await code.fill(codes.valid.toLowerCase());
    await page.getByText('统一社会信用代码校验通过').waitFor();
    await page.locator('#org-industry').click({ force: true });
    await page.getByRole('option', { name: '交通运输、仓储和邮政业' }).click();
    await page.getByLabel('联系人姓名').fill('李华');
    await page.getByLabel('联系人手机号').fill('138 1234 5678');
    await page.getByTestId('register-organisation').click();
    const status = page.getByTestId('organisation-status');
    await status.waitFor();
    expect(await status.innerText()).toContain('等待退役军人事务部门审核');
    expect(await page.locator('main').innerText()).toContain(codes.valid);
    expect(await checkPage(page, 'desk-organisation-waiting')).toEqual([]);
  }, 120_000);

  it('an officer, in a browser of their own, verifies the new employer', async () => {
    const context = await desktop(browser);
    const page = await context.newPage();
    await signIn(page, officer.login);
    await page.waitForURL('**/officer/employers');
    const row = page.locator('tr').filter({ hasText: organisationName });
    await row.waitFor();
    expect(await row.innerText()).toContain(codes.valid);
    expect(await checkPage(page, 'desk-officer-employers')).toEqual([]);
    await row.getByRole('button', { name: '审核通过' }).click();
    await page.getByText(`已审核通过：${organisationName}`).waitFor();
    await row.waitFor({ state: 'detached' });
    await page.getByRole('radio', { name: '已审核' }).check({ force: true });
    await page.locator('tr').filter({ hasText: organisationName }).waitFor();
    await context.close();

    await employerPage.reload();
    await employerPage.getByText('已通过审核').waitFor();
    expect(await checkPage(employerPage, 'desk-organisation-verified')).toEqual([]);
  }, 120_000);

  it('an officer verifies one mentor applicant and rejects another, with a reason the mentor sees', async () => {
    const applicants: Person[] = [];
    for (const [who, displayName] of [
      ['mentor-a', '赵卫东'],
      ['mentor-b', '钱建军'],
    ] as const) {
      const mentor = await people.mentor(who);
      await people.created('POST', '/api/mentors', { ...mentorApplication(), displayName }, mentor.token);
      applicants.push(mentor);
    }
    const context = await desktop(browser);
    const page = await context.newPage();
    await signIn(page, officer.login);
    await page.getByRole('navigation').getByRole('link', { name: '导师审核' }).click();
    await page.waitForURL('**/officer/mentors');
    const row = (name: string) => page.getByTestId('mentors-table').locator('tr').filter({ hasText: name });
    await row('钱建军').waitFor();
    expect(await checkPage(page, 'desk-officer-mentors')).toEqual([]);
    await row('赵卫东').getByRole('button', { name: '审核通过' }).click();
    await page.getByText('已审核通过：赵卫东').waitFor();
    await row('钱建军').getByRole('button', { name: '不予通过' }).click();
    await page.getByRole('button', { name: '确认不予通过' }).click();
    await page.getByText('请填写原因').waitFor();
    await page
      .getByLabel('不予通过的原因（导师本人可见）')
      .fill('辅导领域与本市需求不符，欢迎补充创业经历后再申请。');
    await page.getByRole('button', { name: '确认不予通过' }).click();
    await page.getByText('已不予通过：钱建军').waitFor();
    await context.close();

    const verified = await api.expect(200, 'GET', '/api/mentors/me', { token: applicants[0]!.token });
    expect(verified.status).toBe('verified');
    const rejected = await api.expect(200, 'GET', '/api/mentors/me', { token: applicants[1]!.token });
    expect(rejected).toMatchObject({ status: 'rejected', statusReason: expect.stringContaining('创业经历') });
  }, 120_000);

  it('the employer invites a colleague, who accepts in a fresh browser and signs in', async () => {
    const colleague = people.login('colleague');
    await employerPage.getByRole('navigation').getByRole('link', { name: '邀请同事' }).click();
    await employerPage.waitForURL('**/employer/invitations');
    await employerPage.getByLabel('同事的手机号或电子邮箱').fill(colleague);
    await employerPage.getByTestId('invite').click();
    const link = employerPage.getByRole('textbox', { name: `邀请链接 ${colleague}` });
    await link.waitFor();
    const url = await link.inputValue();
    expect(url).toMatch(new RegExp(`^${PORTAL_ORIGIN}/invite#inv1\\.`));
    expect(await checkPage(employerPage, 'desk-invitations')).toEqual([]);

    const context = await desktop(browser);
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole('heading', { name: '接受邀请，加入单位' }).waitFor();
    await page.getByLabel('密码', { exact: true }).fill(PASSWORD);
    await page.getByLabel('再次输入密码').fill(PASSWORD);
    expect(await checkPage(page, 'desk-accept-invitation')).toEqual([]);
    await page.getByTestId('accept-invitation').click();
    await page.getByTestId('accepted-sign-in').click();
    await page.waitForURL('**/sign-in');
    await signIn(page, colleague);
    await page.waitForURL('**/employer/jobs');
    await page.getByRole('heading', { name: '我的职位' }).waitFor();
    await context.close();

    // the administrator sees the invitation accepted, the address masked
    await employerPage.reload();
    const sent = employerPage.getByTestId('sent-invitations').locator('tr').filter({ hasText: '已加入' });
    await sent.waitFor();
    expect(await sent.innerText()).toContain(`${colleague[0]}***@`);
  }, 120_000);

  it('the employer drafts a job, edits it, previews it as a veteran reads it, and publishes it', async () => {
    const page = employerPage;
    await page.getByRole('navigation').getByRole('link', { name: '发布职位' }).click();
    await page.waitForURL('**/employer/jobs/new');
    await page.getByLabel('职位名称').fill('城配货车司机');
    await page
      .getByLabel('职位描述')
      .fill('负责南京江宁区内城市配送，驾驶轻型货车，按线路完成每日配送任务，退役军人优先。');
    await page.getByLabel('其他技能（自由填写，回车添加）').fill('轻型货车驾驶');
    await page.keyboard.press('Enter');
    await page.locator('#job-district').click({ force: true });
    await page.getByRole('option', { name: '江宁区' }).click();
    await page.getByLabel('详细地址').fill('江宁区双龙大道 1000 号');
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.waitForURL('**/employer/jobs');
    const row = page.getByTestId('jobs-table').locator('tr').filter({ hasText: '城配货车司机' });
    await row.waitFor();
    expect(await row.innerText()).toContain('草稿');

    await row.getByRole('link', { name: '编辑' }).click();
    await page.waitForURL(/\/employer\/jobs\/[0-9a-f]{24}\/edit$/);
    jobId = page.url().split('/').at(-2)!;
    await page.getByLabel('职位名称').fill(jobTitle);
    await page.getByLabel('招聘人数').fill('3');
    await page.getByTestId('preview').click();
    const preview = page.getByTestId('job-preview');
    await preview.waitFor();
    expect(await preview.getByRole('heading', { level: 3 }).innerText()).toBe(jobTitle);
    expect(await preview.innerText()).toContain('退役军人优先');
    expect(await checkPage(page, 'desk-edit-job-preview')).toEqual([]);
    await page.getByTestId('save').click();
    await page.getByText('修改已保存。').waitFor();
    const saved = await api
      .expect(200, 'GET', `/api/jobs/${jobId}`, { token: driver.token })
      .catch(() => undefined);
    expect(saved).toBeUndefined(); // a draft is its organisation's and officers' only

    await page.getByRole('link', { name: '返回' }).click();
    await page.waitForURL('**/employer/jobs');
    const edited = page.getByTestId('jobs-table').locator('tr').filter({ hasText: jobTitle });
    await edited.getByRole('button', { name: '发布' }).click();
    await edited.getByText('招聘中').waitFor();
    expect(await checkPage(page, 'desk-jobs-published')).toEqual([]);
  }, 120_000);

  it('the fitting veteran is among the candidates, masked, with reasons and score', async () => {
    const page = employerPage;
    const row = page.getByTestId('jobs-table').locator('tr').filter({ hasText: jobTitle });
    await row.getByRole('link', { name: '推荐人选' }).click();
    await page.waitForURL(`**/employer/jobs/${jobId}/candidates`);
    // matching learns of the published job from job-postings' events: until then the employer looks again
    const candidate = page.getByTestId('candidates').locator('tr').filter({ hasText: '王**' });
    const answered = page
      .getByTestId('candidates')
      .or(page.getByText('暂时没有合适的人选。'))
      .or(page.getByRole('alert'));
    await waitFor(
      async () => {
        await answered.first().waitFor();
        if (await candidate.isVisible()) return true;
        await page.reload();
        return undefined;
      },
      { timeoutMs: 60_000, intervalMs: 1_000, what: 'the driver among the candidates' },
    );
    expect(await page.getByTestId('candidates-count').innerText()).toMatch(
      /^共 \d+ 位合适人选，已显示 \d+ 位$/,
    );
    const text = await candidate.innerText();
    expect(text).not.toContain('王建国');
    expect(text).toContain('未申请');
    expect(await candidate.getByTestId('candidate-reasons').locator('li').count()).toBeGreaterThan(0);
    expect(await checkPage(page, 'desk-candidates')).toEqual([]);

    await people.created(
      'POST',
      `/api/jobs/${jobId}/applications`,
      { coverLetter: '驾龄五年，熟悉江宁路况。' },
      driver.token,
    );
    await page.reload();
    await page
      .getByTestId('candidates')
      .locator('tr')
      .filter({ hasText: '王**' })
      .getByText('已申请')
      .waitFor();
  }, 120_000);

  it('the employer moves the applicant viewed → interview → offer → hired, and the hire is recorded', async () => {
    const page = employerPage;
    await page.getByRole('link', { name: '在申请人中查看' }).click();
    await page.waitForURL(`**/employer/jobs/${jobId}/applicants`);
    const column = (name: string) =>
      page.locator('section').filter({ has: page.getByRole('heading', { name }) });
    const moveTo = async (from: string, to: string) => {
      const card = column(from).getByTestId('applicant');
      await card.getByRole('button', { name: '改为 ▾' }).click();
      await page.getByRole('menuitem', { name: to, exact: true }).click();
      await page.getByText(`已改为“${to}”。`).waitFor();
      await column(to).getByTestId('applicant').waitFor();
    };
    await column('已投递 (1)').getByTestId('applicant').waitFor();
    expect(await checkPage(page, 'desk-applicants-applied')).toEqual([]);
    await moveTo('已投递 (1)', '已查看');
    await moveTo('已查看 (1)', '面试');
    await moveTo('面试 (1)', '录用意向');
    await column('录用意向 (1)').getByTestId('applicant').getByRole('button', { name: '录用' }).click();
    await page.getByText('录用已记录：已录用 1 / 3 人。').waitFor();
    await column('已录用 (1)').getByTestId('applicant').waitFor();
    expect(await page.locator('main').innerText()).toContain('1 / 3');
    expect(await checkPage(page, 'desk-applicants-hired')).toEqual([]);

    const mine = await api.expect(200, 'GET', `/api/applications?jobId=${jobId}`, { token: driver.token });
    expect(mine.items[0].stage).toBe('hired');
  }, 180_000);
});
