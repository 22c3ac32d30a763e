import { join } from 'node:path';
import { driverProfile } from '@vetlink/e2e-scenarios/bodies';
import { ApiClient } from '@vetlink/e2e-scenarios/client';
import { OWN_EVENTS_ONLY } from '@vetlink/e2e-scenarios/own-events';
import { People, Person } from '@vetlink/e2e-scenarios/people';
import { Platform } from '@vetlink/e2e-scenarios/platform';
import { waitFor } from '@vetlink/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { checkPage, desktop, launchChromium, phone, SCREENSHOTS } from './support/browser';
import { PORTAL_ORIGIN, PortalServer } from './support/portal-server';
import { choose } from './support/choose';
import { signIn } from './support/sign-in';

/**
 * Startup incubation in Debian's Chromium, against a platform of its own: an officer registers a base
 * with two workstations and grants three base staff (through the API, as the scenarios do); the lead
 * opens a programme with a three-criterion rubric at a desk; a veteran on a phone saves a draft, comes
 * back to it, checks eligibility and submits; the lead screens it and sends it to two colleagues, who
 * score it blind at their desks (each sees the others' scores only after sending their own); the lead
 * accepts it, which lets it a workstation; the veteran sees the decision, its reason and the residence,
 * and sets a first milestone and checks in on it.
 * Every page is checked with axe-core and photographed.
 */
const SERVICES = ['accounts', 'gateway', 'skills-profiles', 'incubators'];
const STARTED_AT_END = { 'incubators.events': OWN_EVENTS_ONLY['incubators.events']! };
const PROGRAMME = '2027 春季孵化营';
const VENTURE = '江宁冷链配送';
const DECISION_REASON = '团队可信，已有付费客户';

/** Today in Shanghai, and a day some weeks on, as the date fields take them. */
function shanghaiDay(offsetDays = 0): string {
  return new Date(Date.now() + 8 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

describe('e2e: startup incubation in the browser', () => {
  const platform = new Platform(SERVICES, STARTED_AT_END, {
    gateway: { GATEWAY_CORS_ORIGINS: PORTAL_ORIGIN },
  });
  let portal: PortalServer;
  let api: ApiClient;
  let people: People;
  let lead: Person;
  let reviewers: [Person, Person];
  let founder: Person;
  let baseId: string;
  let browser: Browser;
  let founderPage: Page;
  let leadPage: Page;
  let reviewerPages: [Page, Page];
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    await platform.start();
    portal = new PortalServer(platform.gatewayUrl, join(SCREENSHOTS, '..', 'portal-server-incubation.log'));
    api = new ApiClient(platform.gatewayUrl);
    people = new People(api, platform);
    const officer = await people.officer('officer');
    const base = await api.expect(201, 'POST', '/api/incubation/bases', {
      token: officer.token,
      body: {
        name: `江宁退役军人创业孵化基地 ${platform.runId}`,
        operator: '江宁区退役军人事务局',
        cityId: 'nanjing',
        address: '江宁区天元中路 88 号',
        focusIndustries: ['transport-logistics'],
        units: { workstation: 2 },
        equipment: ['路演厅'],
        support: [{ kind: 'rent-free-months', amount: 12 }, { kind: 'legal-help' }],
      },
    });
    baseId = base.id;
    const staff: Person[] = [];
    for (const who of ['lead', 'reviewer-1', 'reviewer-2']) {
      const person = await people.staff('base-staff', who, baseId);
      await api.expect(201, 'POST', `/api/incubation/bases/${baseId}/staff`, {
        token: officer.token,
        body: { userId: person.userId },
      });
      staff.push(person);
    }
    [lead, ...reviewers] = staff as [Person, Person, Person];

    founder = await people.veteran('founder');
    await people.created('PUT', '/api/profiles/me', driverProfile(), founder.token);
    // Incubators learns from skills-profiles' events that the founder is a veteran with a service record.
    await waitFor(
      async () => {
        const known = await api.call('GET', '/api/personal-data/incubators/me', { token: founder.token });
        return known.status === 200 && /"hasServiceRecord":true/.test(JSON.stringify(known.body.sections));
      },
      { timeoutMs: 60_000, intervalMs: 250, what: 'incubators to know the founder' },
    );

    await portal.start();
    browser = await launchChromium();
    const pages: Page[] = [];
    for (const make of [phone, desktop, desktop, desktop]) {
      const context = await make(browser);
      contexts.push(context);
      pages.push(await context.newPage());
    }
    [founderPage, leadPage, ...reviewerPages] = pages as [Page, Page, Page, Page];
  }, 480_000);

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
    await platform.stop();
  });

  // A select's list opens on a click; a click while the previous list is still closing can be lost,
  // so the person clicks again until the option shows.
  const typeDate = async (page: Page, id: string, day: string) => {
    await page.locator(`#${id}`).fill(day);
    await page.locator(`#${id}`).press('Enter');
  };

  it('the base lead opens a programme with its rubric at a desk', async () => {
    const page = leadPage;
    await signIn(page, lead.login);
    await page.waitForURL('**/base-staff/applications');
    await page.getByText('还没有孵化项目').waitFor();
    expect(await checkPage(page, 'base-staff-queue-empty')).toEqual([]);

    await page.getByRole('link', { name: '孵化项目' }).click();
    await page.getByRole('heading', { name: '孵化项目', level: 1 }).waitFor();
    await page.getByTestId('create-programme').click();
    await page.getByText('请至少说明 1 分和 5 分的含义').waitFor();
    await page.getByLabel('项目名称').fill(PROGRAMME);
    await typeDate(page, 'p-opens', shanghaiDay());
    await typeDate(page, 'p-closes', shanghaiDay(30));
    const criteria = [
      { id: 'team', name: '团队', weight: '50' },
      { id: 'market', name: '市场', weight: '30' },
      { id: 'veteran-jobs', name: '带动退役军人就业', weight: '20' },
    ];
    for (const [index, criterion] of criteria.entries()) {
      if (index > 0) await page.getByRole('button', { name: '添加评分项' }).click();
      await page.locator(`#p-c${index}-id`).fill(criterion.id);
      await page.locator(`#p-c${index}-name`).fill(criterion.name);
      await page.locator(`#p-c${index}-weight`).fill(criterion.weight);
      await page.locator(`#p-c${index}-a1`).fill('没有依据');
      await page.locator(`#p-c${index}-a5`).fill('证据充分');
    }
    expect(await checkPage(page, 'base-staff-programme-setup')).toEqual([]);
    await page.getByTestId('create-programme').click();
    await page.getByTestId('done').getByText('项目已开设').waitFor();
    await page.getByRole('heading', { name: `${PROGRAMME} · 正在申请` }).waitFor();
    const programmes = await api.expect(200, 'GET', `/api/incubation/bases/${baseId}/programmes`, {
      token: lead.token,
    });
    expect(programmes.items[0].rubric.map((criterion: { weight: number }) => criterion.weight)).toEqual([
      50, 30, 20,
    ]);
    expect(await checkPage(page, 'base-staff-programmes')).toEqual([]);
  }, 120_000);

  it('a veteran on a phone saves a draft, comes back to it, checks eligibility and submits', async () => {
    const page = founderPage;
    await signIn(page, founder.login);
    await page.waitForURL('**/veteran/recommended');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '服务' }).click();
    await page.getByRole('link', { name: '创业孵化' }).click();
    await page.getByRole('heading', { name: '创业孵化', level: 1 }).waitFor();
    await page.getByText('还没有申请。').waitFor();
    await page.getByRole('link', { name: `申请 ${PROGRAMME}` }).waitFor();
    expect(await checkPage(page, 'veteran-incubation-bases')).toEqual([]);

    await page.getByRole('link', { name: `申请 ${PROGRAMME}` }).click();
    await page.getByRole('heading', { name: `申请：${PROGRAMME}` }).waitFor();
    await page.getByTestId('save-draft').click();
    await page.getByText('请填写此项').first().waitFor();
    await page.getByText('请填写每位成员的姓名和分工').waitFor();
    await page.getByLabel('项目名称').fill(VENTURE);
    await page.getByLabel('项目简介').fill('为江宁区农场提供冷链配送。\n两辆冷藏车，三名退役军人。');
    await choose(page, '#v-industry', '交通运输、仓储和邮政业');
    await choose(page, '#v-stage', '产品原型');
    await page.getByLabel('资金需求（元）').fill('300000');
    await page.getByLabel('姓名').fill('王建国');
    await page.getByLabel('分工').fill('创始人');
    expect(await checkPage(page, 'veteran-incubation-apply')).toEqual([]);
    await page.getByTestId('save-draft').click();
    await page.getByText('草稿已保存，可以随时回来继续填写。').waitFor();
    await page.waitForURL('**/veteran/incubation/applications/*');
    expect(await page.getByTestId('application-state').innerText()).toBe('草稿');

    // later: back from the list of their applications, the draft is as they left it
    await page.getByRole('link', { name: '返回孵化基地' }).click();
    await page.getByTestId('my-application').filter({ hasText: VENTURE }).click();
    await page.getByRole('heading', { name: VENTURE }).waitFor();
    expect(await page.getByLabel('资金需求（元）').inputValue()).toBe('300000');
    await page.getByTestId('check-eligibility').click();
    await page.getByText('符合全部申请条件，可以提交。').waitFor();
    expect(await page.getByTestId('eligibility').locator('li[data-passed="true"]').count()).toBeGreaterThan(
      1,
    );
    expect(await checkPage(page, 'veteran-incubation-draft')).toEqual([]);
    await page.getByTestId('submit-application').click();
    await page.getByText('申请已提交，基地将进行审核。').waitFor();
    expect(await page.getByTestId('application-state').innerText()).toBe('已提交');
    await page.getByTestId('trail').getByText('草稿 → 已提交').waitFor();
    expect(await checkPage(page, 'veteran-incubation-submitted')).toEqual([]);
  }, 120_000);

  it('the lead screens it and sends it to two colleagues for review', async () => {
    const page = leadPage;
    await page.getByRole('link', { name: '审核队列' }).click();
    await page.getByTestId('queue').getByRole('link', { name: VENTURE }).click();
    await page.getByRole('heading', { name: VENTURE }).waitFor();
    expect(await checkPage(page, 'base-staff-application-submitted')).toEqual([]);
    await page.getByLabel('说明', { exact: true }).fill('材料齐全');
    await page.getByRole('button', { name: '开始初审' }).click();
    await page.getByText('已开始初审。').waitFor();
    await page.getByTestId('send-to-review').click();
    await page.getByText('请至少选择一位评审人').waitFor();
    for (const reviewer of reviewers) await page.getByTestId(`reviewer-${reviewer.userId}`).click();
    expect(await checkPage(page, 'base-staff-send-to-review')).toEqual([]);
    await page.getByTestId('send-to-review').click();
    await page.getByText('已送交评审。').waitFor();
    expect(await page.getByTestId('application-state').innerText()).toBe('评审中');
    // the lead, who does not review, reads the (still empty) summary
    await page.getByText('还没有评审提交评分。').waitFor();
  }, 120_000);

  it('two reviewers score it blind against the rubric, each seeing the others only after sending theirs', async () => {
    const given = [
      { team: 5, market: 3, 'veteran-jobs': 4, total: '4.2' },
      { team: 4, market: 4, 'veteran-jobs': 4, total: '4' },
    ];
    for (const [index, reviewer] of reviewers.entries()) {
      const page = reviewerPages[index]!;
      const scores = given[index]!;
      await signIn(page, reviewer.login);
      await page.waitForURL('**/base-staff/applications');
      const row = page.getByTestId('queue').locator('tr').filter({ hasText: VENTURE });
      await row.getByText('待我评审').waitFor();
      await row.getByRole('link', { name: VENTURE }).click();
      await page.getByTestId('scores-blind').waitFor();
      await page.getByTestId('submit-scores').click();
      await page.getByText('请为每一项打分').first().waitFor();
      for (const criterion of ['team', 'market', 'veteran-jobs'] as const)
        await page
          .getByTestId(`score-${criterion}`)
          .locator('.el-radio')
          .nth(scores[criterion] - 1)
          .click();
      await page.getByTestId('my-total').getByText(`加权总分 ${scores.total}`).waitFor();
      if (index === 0) await page.getByLabel('评语（可不填）').fill('车队和客户都是真的');
      expect(await checkPage(page, `base-staff-scoring-${index + 1}`)).toEqual([]);
      await page.getByTestId('submit-scores').click();
      await page.getByText('评分已提交。').waitFor();
      await page.getByTestId('scores-summary').waitFor();
      expect(await page.getByTestId('score-form').count()).toBe(0);
    }
    const second = reviewerPages[1];
    await second.getByTestId('review-total').getByText('平均总分 4.1，分差 0.2').waitFor();
    expect(await second.getByTestId('scores-summary').innerText()).toContain('车队和客户都是真的');
    expect(await checkPage(second, 'base-staff-scores-summary')).toEqual([]);
  }, 180_000);

  it('the lead accepts it with the review in view, which lets it a workstation', async () => {
    const page = leadPage;
    await page.reload();
    await page.getByTestId('review-total').getByText('平均总分 4.1，分差 0.2').waitFor();
    await page.locator('.el-radio').filter({ hasText: '录取并分配场地' }).click();
    await page.getByLabel('说明', { exact: true }).fill(DECISION_REASON);
    expect(await checkPage(page, 'base-staff-decide')).toEqual([]);
    await page.getByRole('button', { name: '作出决定' }).click();
    await page.getByText('已记录决定：在孵。').waitFor();
    expect(await page.getByTestId('residence').innerText()).toContain(`unit:${baseId}:workstation:1`);
    expect(await checkPage(page, 'base-staff-in-residence')).toEqual([]);

    await page.getByRole('link', { name: '场地与候补' }).click();
    await page.getByRole('heading', { name: '场地与候补' }).waitFor();
    expect(await page.locator('#units-workstation').inputValue()).toBe('2');
    await page.getByText('没有候补的申请。').waitFor();
    expect(await checkPage(page, 'base-staff-space')).toEqual([]);
  }, 120_000);

  it('the veteran sees the decision, its reason and the residence without learning who reviewed, and sets a milestone', async () => {
    const page = founderPage;
    await page.reload();
    await page.getByTestId('decision').getByText(DECISION_REASON).waitFor();
    expect(await page.getByTestId('application-state').innerText()).toBe('在孵');
    await page.getByTestId('residence').waitFor();
    await page.getByRole('heading', { name: '里程碑', exact: true }).waitFor();
    const text = await page.locator('main').innerText();
    for (const reviewer of reviewers) expect(text).not.toContain(reviewer.userId);
    expect(await checkPage(page, 'veteran-incubation-admitted')).toEqual([]);

    // in residence: a milestone, then a check-in on it
    await page.getByLabel('目标', { exact: true }).fill('签下 3 家农场客户');
    await page.getByLabel('衡量方式', { exact: true }).fill('签约客户数');
    await page.getByLabel('目标值', { exact: true }).fill('3');
    await typeDate(page, 'ms-due', shanghaiDay(60));
    await page.getByRole('button', { name: '设定里程碑' }).click();
    await page.getByText('里程碑已设定。').waitFor();
    await page.getByTestId('milestone').filter({ hasText: '签下 3 家农场客户' }).waitFor();
    await choose(page, '#ci-milestone', '签下 3 家农场客户');
    await page.getByLabel('进展说明', { exact: true }).fill('已签下第一家');
    await page.getByLabel('当前完成值', { exact: true }).fill('1');
    await page.getByRole('button', { name: '提交汇报' }).click();
    await page.getByText('汇报已记录。').waitFor();
    await page.getByTestId('milestone').getByText('已签下第一家').waitFor();
    expect(await checkPage(page, 'veteran-incubation-milestones')).toEqual([]);
  }, 120_000);
});
