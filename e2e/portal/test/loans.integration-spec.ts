import { join } from 'node:path';
import { waitFor } from '@vetlink/testing';
import { driverProfile, startupLoanProduct } from '@vetlink/e2e-scenarios/bodies';
import { ApiClient } from '@vetlink/e2e-scenarios/client';
import { OWN_EVENTS_ONLY } from '@vetlink/e2e-scenarios/own-events';
import { People, Person } from '@vetlink/e2e-scenarios/people';
import { Platform } from '@vetlink/e2e-scenarios/platform';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { checkPage, desktop, launchChromium, phone, SCREENSHOTS } from './support/browser';
import { PORTAL_ORIGIN, PortalServer } from './support/portal-server';
import { signIn } from './support/sign-in';

/**
 * Startup loans in Debian's Chromium, against a platform of its own: an officer records the LPR and a
 * partner bank's two products through the API (as the scenarios do); a veteran on a phone compares them,
 * previews 300,000 CNY over 36 months with the subsidy, is told of an amount above the limit before
 * anything is sent, and applies; the bank's staff at a desk find it in their queue, are asked for a
 * reason, approve, pay out and record the first repayment; the veteran sees the schedule, what is due
 * next, what was paid and the interest saved. Every page is checked with axe-core and photographed.
 *
 * The figures are the loans README's hand-checked ones: 300,000 CNY over 36 months at 3.50 % (LPR 3.00 %
 * + 50 bp) is 8,790.62 a month and 16,462.47 of interest, half of it paid by the fund up to 3,500 a year
 * and 6,000 a loan; the first instalment's interest is 875.00, the veteran paying 437.50 of it.
 */
const SERVICES = ['accounts', 'gateway', 'skills-profiles', 'loans'];
const STARTED_AT_END = { 'loans.events': OWN_EVENTS_ONLY['loans.events']! };
const SUBSIDISED = '退役军人创业担保贷款';
const UNSUBSIDISED = '兵创经营贷';
const PURPOSE = '购置两辆冷藏车，开展城配业务';

/** A partner bank's product as the bureau's officers record it; the unsubsidised one costs more. */
function product(bankId: string, name: string, subsidised: boolean) {
  return startupLoanProduct(bankId, {
    name,
    cityId: 'xuzhou',
    ...(subsidised ? {} : { spreadBp: 80, subsidy: undefined }),
  });
}

describe('e2e: startup loans in the browser', () => {
  const platform = new Platform(SERVICES, STARTED_AT_END, {
    gateway: { GATEWAY_CORS_ORIGINS: PORTAL_ORIGIN },
  });
  let portal: PortalServer;
  let api: ApiClient;
  let borrower: Person;
  let teller: Person;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let veteranPage: Page;
  let bankPage: Page;
  let loanId: string;
  let people: People;
  let subsidisedId: string;

  beforeAll(async () => {
    await platform.start();
    portal = new PortalServer(platform.gatewayUrl, join(SCREENSHOTS, '..', 'portal-server-loans.log'));
    api = new ApiClient(platform.gatewayUrl);
    people = new People(api, platform);
    const officer = await people.officer('officer');
    const bankId = `bank-${platform.runId}`;
    await api.expect(201, 'POST', '/api/lpr-quotes', {
      token: officer.token,
      body: { effectiveOn: '2024-01-01', oneYearBp: 300, fiveYearBp: 350 },
    });
    for (const [name, subsidised] of [
      [SUBSIDISED, true],
      [UNSUBSIDISED, false],
    ] as const) {
      const made = await people.created(
        'POST',
        '/api/products',
        product(bankId, name, subsidised),
        officer.token,
      );
      if (subsidised) subsidisedId = made.id;
    }
    teller = await people.staff('bank-staff', 'teller', bankId);
    borrower = await people.veteran('borrower');
    await people.created('PUT', '/api/profiles/me', driverProfile(), borrower.token);
    // Eligibility needs loans to know the borrower as a veteran with a service record (profiles' events).
    await waitFor(
      async () => {
        const known = await api.call('GET', '/api/personal-data/loans/me', { token: borrower.token });
        return known.status === 200 && known.body.sections?.['veteran-status']?.hasServiceRecord === true;
      },
      { timeoutMs: 60_000, intervalMs: 250, what: 'loans to know the borrower' },
    );
    await portal.start();
    browser = await launchChromium();
    for (const make of [phone, desktop]) contexts.push(await make(browser));
    veteranPage = await contexts[0]!.newPage();
    bankPage = await contexts[1]!.newPage();
  }, 480_000);

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
    await platform.stop();
  });

  it('a veteran compares the products and previews a schedule with the subsidy', async () => {
    const page = veteranPage;
    await signIn(page, borrower.login);
    await page.waitForURL('**/veteran/recommended');
    await page.getByRole('link', { name: '服务', exact: true }).click();
    await page.getByRole('link', { name: '创业贷款', exact: true }).click();
    await page.getByRole('heading', { name: '创业贷款', level: 1 }).waitFor();
    const cards = page.getByTestId('product-card');
    await cards.filter({ hasText: UNSUBSIDISED }).waitFor();
    const subsidisedCard = cards.filter({ hasText: SUBSIDISED });
    expect(await subsidisedCard.getByTestId('product-rate').innerText()).toContain('3.50%');
    expect(await cards.filter({ hasText: UNSUBSIDISED }).getByTestId('product-rate').innerText()).toContain(
      '3.80%',
    );
    expect(await subsidisedCard.getByTestId('product-subsidy').innerText()).toContain(
      '贴息 50%，每年最多 ¥3,500.00，每笔最多 ¥6,000.00',
    );
    expect(
      await cards.filter({ hasText: UNSUBSIDISED }).getByTestId('product-subsidy').innerText(),
    ).toContain('无贴息');
    expect(await checkPage(page, 'loans-products')).toEqual([]);

    await subsidisedCard.getByRole('link', { name: /试算并申请/ }).click();
    await page.getByRole('heading', { name: SUBSIDISED, level: 1 }).waitFor();
    // above the individual limit: named under the field, nothing sent
    await page.getByLabel('贷款金额（元）').fill('400000');
    await page.getByLabel('贷款期限（月）').fill('36');
    await page.getByTestId('run-preview').click();
    await page.getByText('不能高于 ¥300,000.00').waitFor();
    expect(await checkPage(page, 'loans-preview-problem')).toEqual([]);

    await page.getByLabel('贷款金额（元）').fill('300000');
    await page.getByTestId('run-preview').click();
    const summary = page.getByTestId('preview-summary');
    await summary.waitFor();
    // 791,562 fen of principal and the veteran's half of 875.00 of interest
    expect(await page.getByTestId('first-payment').innerText()).toContain('¥8,353.12');
    expect(await page.getByTestId('interest-without').innerText()).toBe('¥16,462.47');
    expect(await page.getByTestId('interest-saved').innerText()).toBe('¥6,000.00');
    expect(await page.getByTestId('interest-you-pay').innerText()).toBe('¥10,462.47');
    expect(await page.getByTestId('installment').count()).toBe(36);
    expect(await checkPage(page, 'loans-preview')).toEqual([]);
  }, 120_000);

  it('the veteran applies: the purpose is asked for, then eligibility passes and the bank reviews it', async () => {
    const page = veteranPage;
    await page.getByTestId('submit-loan').click();
    await page.getByText('请填写此项').waitFor();
    await page.getByLabel('贷款用途').fill(PURPOSE);
    expect(await checkPage(page, 'loans-apply')).toEqual([]);
    await page.getByTestId('submit-loan').click();
    await page.waitForURL(/\/veteran\/loans\/(?!products|mine)[^/]+$/);
    loanId = page.url().split('/').pop()!;
    await page.getByTestId('loan-state').filter({ hasText: '银行审核中' }).waitFor();
    await page.getByText('资格审查通过').waitFor();
    expect(await page.getByTestId('subsidy-applies').innerText()).toBe('符合贴息条件');
    expect(await page.getByTestId('decision').innerText()).toContain('银行正在审核');
    expect(await checkPage(page, 'loans-my-loan-review')).toEqual([]);

    await page.getByRole('link', { name: '我的贷款' }).click();
    await page.getByTestId('loan-card').filter({ hasText: SUBSIDISED }).waitFor();
    expect(await page.getByTestId('loan-card').innerText()).toContain('¥300,000.00，36 个月');
    expect(await checkPage(page, 'loans-mine')).toEqual([]);
  }, 120_000);

  it('bank staff find it in their queue, approve it with a reason and pay it out', async () => {
    const page = bankPage;
    await signIn(page, teller.login);
    await page.waitForURL('**/bank-staff/loans');
    await page.getByRole('heading', { name: '贷款审核', level: 1 }).waitFor();
    const queue = page.getByTestId('loan-queue');
    await queue.getByText(SUBSIDISED).waitFor();
    expect(await queue.innerText()).toContain('¥300,000.00');
    expect(await checkPage(page, 'loans-bank-queue')).toEqual([]);

    await queue.getByTestId('open-loan').first().click();
    await page.waitForURL(`**/bank-staff/loans/${loanId}`);
    await page.getByText(PURPOSE).waitFor();
    await page.getByTestId('approve').click();
    await page.getByText('请填写审核意见').waitFor();
    expect(await checkPage(page, 'loans-bank-review')).toEqual([]);
    await page.getByLabel('审核意见（借款人可见）').fill('经营计划可行，同意放款');
    await page.getByTestId('approve').click();
    await page.getByTestId('loan-state').filter({ hasText: '已批准' }).waitFor();

    await page.getByTestId('disburse').click();
    await page.getByTestId('loan-state').filter({ hasText: '已放款' }).waitFor();
    await page.getByTestId('desk-done').filter({ hasText: '还款计划已生成' }).waitFor();
    expect(await page.getByTestId('installment').count()).toBe(36);
    const audit = await page.getByTestId('audit-trail').innerText();
    expect(audit).toContain('经营计划可行，同意放款');
    expect(audit).toContain('银行审核中 → 已批准');
    expect(await checkPage(page, 'loans-bank-disbursed')).toEqual([]);
  }, 120_000);

  it('bank staff record the first repayment; the reference is asked for, and a second recording applies once', async () => {
    const page = bankPage;
    await page.getByTestId('record-repayment').click();
    await page.getByText('请填写此项').waitFor();
    // the amount starts as what is due next: 8,353.12
    expect(await page.getByLabel('到账金额（元）').getAttribute('placeholder')).toBe('8353.12');
    await page.getByLabel('银行流水号').fill('XZB-20261207-0001');
    await page.getByTestId('record-repayment').click();
    await page.getByTestId('desk-done').filter({ hasText: '已登记 ¥8,353.12' }).waitFor();
    await page.getByTestId('loan-state').filter({ hasText: '还款中' }).waitFor();
    expect(await checkPage(page, 'loans-bank-repayment')).toEqual([]);

    await page.getByLabel('到账金额（元）').fill('8353.12');
    await page.getByLabel('银行流水号').fill('XZB-20261207-0001');
    await page.getByTestId('record-repayment').click();
    await page.getByTestId('desk-done').filter({ hasText: '已登记过，未重复记账' }).waitFor();
    const loan = await api.expect(200, 'GET', `/api/loans/${loanId}`, { token: borrower.token });
    expect(loan.repaymentReferences).toEqual(['XZB-20261207-0001']);
  }, 120_000);

  it('the veteran sees the decision, the schedule, what is due next, what was paid and the interest saved', async () => {
    const page = veteranPage;
    await page.goto(`${PORTAL_ORIGIN}/veteran/loans/${loanId}`);
    await page.getByTestId('loan-state').filter({ hasText: '还款中' }).waitFor();
    expect(await page.getByTestId('decision').innerText()).toContain('经营计划可行，同意放款');
    const loan = await api.expect(200, 'GET', `/api/loans/${loanId}`, { token: borrower.token });
    const second = loan.installments[1] as {
      dueOn: string;
      principalFen: number;
      borrowerInterestFen: number;
    };
    expect(await page.getByTestId('next-due').innerText()).toContain(second.dueOn);
    expect(await page.getByTestId('paid-so-far').innerText()).toContain('¥8,353.12');
    expect(await page.getByTestId('saved-so-far').innerText()).toBe('¥437.50');
    expect(await page.getByTestId('saved-planned').innerText()).toContain('¥6,000.00');
    expect(await page.getByTestId('installment').count()).toBe(36);
    expect(await page.getByTestId('installment').first().innerText()).toContain('已还');
    expect(await checkPage(page, 'loans-my-loan-repaying')).toEqual([]);

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByTestId('loan-state').filter({ hasText: 'Repaying' }).waitFor();
    expect(await page.getByTestId('saved-planned').innerText()).toBe(
      'Over the whole loan the subsidy saves ¥6,000.00',
    );
    expect(await checkPage(page, 'loans-my-loan-repaying-en')).toEqual([]);
  }, 120_000);

  it('a veteran without a profile follows the decision: not eligible, with each failed rule and its reason', async () => {
    const newcomer = await people.veteran('newcomer');
    const draft = await people.created(
      'POST',
      '/api/loans',
      { productId: subsidisedId, amountFen: 5_000_000, termMonths: 12, purpose: '开一家社区便利店' },
      newcomer.token,
    );
    await api.expect(200, 'POST', `/api/loans/${draft.id}/submit`, { token: newcomer.token });
    const context = await phone(browser);
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, newcomer.login);
    await page.waitForURL('**/veteran/recommended');
    await page.goto(`${PORTAL_ORIGIN}/veteran/loans/mine`);
    await page.getByTestId('loan-card').getByRole('link', { name: SUBSIDISED }).click();
    await page.getByTestId('loan-state').filter({ hasText: '未通过' }).waitFor();
    const report = await page.getByTestId('eligibility').innerText();
    expect(report).toContain('资格审查未通过');
    expect(report).toContain('已建立退役军人档案');
    expect(report).toContain('no veteran profile is known for this applicant');
    expect(report).not.toContain('产品在售');
    expect(await page.getByTestId('decision').innerText()).toContain('原因见下方资格审查');
    expect(await page.getByTestId('subsidy-applies').innerText()).toBe('不符合贴息条件');
    expect(await checkPage(page, 'loans-my-loan-not-eligible')).toEqual([]);
  }, 120_000);
});
