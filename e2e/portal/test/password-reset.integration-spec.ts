import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { simpleParser } from 'mailparser';
import { ACCOUNT_TOPICS } from '@vetlink/contracts';
import { waitFor } from '@vetlink/testing';
import { ApiClient } from '@vetlink/e2e-scenarios/client';
import { OWN_EVENTS_ONLY } from '@vetlink/e2e-scenarios/own-events';
import { PASSWORD, People, Person } from '@vetlink/e2e-scenarios/people';
import { Platform } from '@vetlink/e2e-scenarios/platform';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { checkPage, launchChromium, phone, SCREENSHOTS } from './support/browser';
import { PORTAL_ORIGIN, PortalServer } from './support/portal-server';

const REPO_ROOT = resolve(__dirname, '../../..');
const NEW_PASSWORD = 'jasmine tea at dawn 2026';

/**
 * The mailbox the platform delivers to in tests: notifications' SMTP sink (the `smtp-server` package in
 * a process of its own, services/notifications/test/support/smtp-sink.js), one .eml file per message.
 */
class Mailbox {
  private constructor(
    private readonly child: ChildProcess,
    private readonly folder: string,
    readonly port: number,
  ) {}

  static async start(): Promise<Mailbox> {
    const folder = mkdtempSync(join(tmpdir(), 'vetlink-e2e-mail-'));
    const child = spawn(
      process.execPath,
      [join(REPO_ROOT, 'services/notifications/test/support/smtp-sink.js'), folder],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const port = await new Promise<number>((done, fail) => {
      child.once('exit', (code) => fail(new Error(`the SMTP sink exited with ${code}`)));
      child.stdout?.once('data', (chunk: Buffer) => done(JSON.parse(chunk.toString().split('\n')[0]!).port));
    });
    return new Mailbox(child, folder, port);
  }

  /** The text of every message to this address, oldest first. */
  async textsTo(address: string): Promise<string[]> {
    const names = readdirSync(this.folder)
      .filter((name) => name.endsWith('.eml'))
      .sort();
    const texts: string[] = [];
    for (const name of names) {
      const envelope = JSON.parse(readFileSync(join(this.folder, name.replace(/\.eml$/, '.json')), 'utf8'));
      if (!envelope.to.includes(address)) continue;
      texts.push((await simpleParser(readFileSync(join(this.folder, name)))).text ?? '');
    }
    return texts;
  }

  stop(): void {
    this.child.kill('SIGTERM');
    rmSync(this.folder, { recursive: true, force: true });
  }
}

/**
 * A veteran who forgot the password, on a phone: asks for a code on the reset page, reads it in the
 * e-mail the platform delivered (accounts → Kafka → notifications → SMTP), is refused a wrong code
 * under the code field, sets a new password with the right one and signs in with it; the old password
 * no longer works; signed in, proves the e-mail address is theirs with a code sent there. Every page
 * checked with axe-core and photographed.
 */
describe('e2e: resetting a forgotten password in the browser', () => {
  let mailbox: Mailbox;
  let platform: Platform;
  let portal: PortalServer;
  let people: People;
  let veteran: Person;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    mailbox = await Mailbox.start();
    platform = new Platform(
      ['accounts', 'gateway', 'notifications'],
      {
        'notifications.notify': [
          ...OWN_EVENTS_ONLY['notifications.notify']!,
          ACCOUNT_TOPICS.passwordResets,
          ACCOUNT_TOPICS.loginVerifications,
        ],
      },
      {
        gateway: { GATEWAY_CORS_ORIGINS: PORTAL_ORIGIN },
        notifications: {
          PORTAL_BASE_URL: PORTAL_ORIGIN,
          SMTP_HOST: '127.0.0.1',
          SMTP_PORT: String(mailbox.port),
          SMTP_REQUIRE_TLS: 'false',
          MAIL_FROM: 'vetlink <noreply@vetlink.example.cn>',
        },
      },
    );
    await platform.start();
    people = new People(new ApiClient(platform.gatewayUrl), platform);
    veteran = await people.veteran('forgetful');
    portal = new PortalServer(platform.gatewayUrl, join(SCREENSHOTS, '..', 'portal-server-reset.log'));
    await portal.start();
    browser = await launchChromium();
    context = await phone(browser);
    page = await context.newPage();
  }, 480_000);

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
    await platform?.stop();
    mailbox?.stop();
  });

  /** The code in the latest e-mail to the veteran, once the `count`th has arrived. */
  const codeInMail = (count = 1) =>
    waitFor(
      async () => {
        const texts = await mailbox.textsTo(veteran.login);
        return texts.length >= count ? /您的验证码是 (\d{6})/.exec(texts[texts.length - 1]!)?.[1] : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 250, what: `e-mail number ${count} with a code` },
    );

  const codeField = () => page.locator('.el-form-item', { has: page.locator('#code') });

  it('the veteran opens "forgot your password" from the sign-in page and asks for a code', async () => {
    await page.goto(`${PORTAL_ORIGIN}/sign-in`);
    await page.getByRole('link', { name: '忘记密码？' }).click();
    await page.waitForURL('**/reset-password');
    await page.getByRole('heading', { level: 1, name: '找回密码' }).waitFor();
    expect(await checkPage(page, 'phone-reset-ask')).toEqual([]);
    await page.getByLabel('手机号或电子邮箱').fill(veteran.login);
    await page.getByRole('button', { name: '发送验证码' }).click();
    await page.getByText('验证码已经发出').waitFor();
    expect(await checkPage(page, 'phone-reset-code')).toEqual([]);
  }, 120_000);

  it('a wrong code is refused under the code field, and nothing changes', async () => {
    const code = await codeInMail();
    const wrong = code === '000000' ? '111111' : '000000';
    await page.getByLabel('验证码').fill(wrong);
    await page.getByLabel('新密码', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('再次输入新密码').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: '设置新密码' }).click();
    await codeField().getByText('验证码不正确或已失效').waitFor();
    expect(await checkPage(page, 'phone-reset-wrong-code')).toEqual([]);
    // the password is still the old one
    const api = new ApiClient(platform.gatewayUrl);
    await api.expect(200, 'POST', '/api/auth/sign-in', {
      body: { login: veteran.login, password: PASSWORD },
    });
  }, 120_000);

  it('the right code sets the new password, and the page leads to signing in', async () => {
    await page.getByLabel('验证码').fill(await codeInMail());
    await page.getByRole('button', { name: '设置新密码' }).click();
    await page.getByText('密码已重置').waitFor();
    expect(await checkPage(page, 'phone-reset-done')).toEqual([]);
    await page.getByRole('button', { name: '去登录' }).click();
    await page.waitForURL('**/sign-in');
  }, 120_000);

  it('the old password no longer signs in; the new one does', async () => {
    await page.getByLabel('手机号或电子邮箱').fill(veteran.login);
    await page.getByLabel('密码', { exact: true }).fill(PASSWORD);
    await page.getByTestId('sign-in').click();
    await page.getByRole('alert').waitFor();
    expect(page.url()).toContain('/sign-in');
    await page.getByLabel('密码', { exact: true }).fill(NEW_PASSWORD);
    await page.getByTestId('sign-in').click();
    await page.waitForURL(/\/veteran\//);
  }, 120_000);

  it('signed in, the veteran proves the e-mail address is theirs with a code sent there', async () => {
    const mailsBefore = (await mailbox.textsTo(veteran.login)).length;
    await page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: '我的', exact: true })
      .click();
    await page.getByTestId('account-link').click();
    await page.getByRole('heading', { level: 1, name: '账号与安全' }).waitFor();
    const email = page.getByTestId('login-email');
    await email.getByText('尚未验证').waitFor();
    expect(await email.innerText()).toContain(veteran.login);
    await email.getByTestId('send-code').click();
    await email.getByText('验证码已发到这个邮箱').waitFor();
    expect(await checkPage(page, 'phone-account-verify')).toEqual([]);
    const code = await codeInMail(mailsBefore + 1);
    await email.getByLabel('六位验证码').fill(code === '000000' ? '111111' : '000000');
    await email.getByTestId('confirm-code').click();
    await email.getByText('验证码不对或已失效').waitFor();
    await email.getByLabel('六位验证码').fill(code);
    await email.getByTestId('confirm-code').click();
    await email.getByTestId('verified').waitFor();
    expect(await email.getByTestId('verified').innerText()).toMatch(/已于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    expect(await checkPage(page, 'phone-account-verified')).toEqual([]);
  }, 120_000);
});
