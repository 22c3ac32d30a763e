import { type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { waitFor } from '@vetlink/testing';
import { shanghaiIsoWeek, suzhouDriverProfile, suzhouTruckDriverJob } from '@vetlink/e2e-scenarios/bodies';
import { ApiClient } from '@vetlink/e2e-scenarios/client';
import { OWN_EVENTS_ONLY } from '@vetlink/e2e-scenarios/own-events';
import { PASSWORD, People, Person } from '@vetlink/e2e-scenarios/people';
import { Platform } from '@vetlink/e2e-scenarios/platform';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { checkPage, launchChromium, phone, SCREENSHOTS } from './support/browser';
import { PORTAL_ORIGIN, PortalServer } from './support/portal-server';
import { signIn } from './support/sign-in';

/**
 * The weekly digest from the officer's start to the veteran's phone: the message in the inbox opens
 * this week's picks (through sign-in when signed out); the unsubscribe link of its e-mail works in a
 * browser that never signed in; and a session that runs out while a form is filled asks for the
 * password in a dialog over the page, keeps what was typed, and sends what was being saved.
 */
const SERVICES = [
  'accounts',
  'gateway',
  'job-postings',
  'skills-profiles',
  'recommendations',
  'notifications',
];
const STARTED_AT_END = {
  'notifications.notify': OWN_EVENTS_ONLY['notifications.notify']!,
  'recommendations.read-model': OWN_EVENTS_ONLY['recommendations.read-model']!,
};
/** Longer than the access token's 10 minutes: the portal refreshes before its next request. */
const PAST_THE_ACCESS_TOKEN_MS = 11 * 60_000;

/** A real SMTP server in this process, keeping what it receives: the digest's e-mail comes here. */
async function startMailbox(): Promise<{ port: number; mails: string[]; server: SMTPServer }> {
  const mails: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        mails.push(Buffer.concat(chunks).toString('utf8'));
        callback();
      });
    },
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  return { port: (server.server.address() as AddressInfo).port, mails, server };
}

describe("e2e: this week's picks, unsubscribing, and signing in again over a form", () => {
  let mailbox: Awaited<ReturnType<typeof startMailbox>>;
  let platform: Platform;
  let portal: PortalServer;
  let api: ApiClient;
  let people: People;
  let veteran: Person;
  let officer: Person;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const job = { id: '', title: suzhouTruckDriverJob().title };
  const week = shanghaiIsoWeek();

  const inboxDigests = async () => {
    const page = await api.expect(200, 'GET', '/api/inbox?limit=50', { token: veteran.token });
    return (page.items as { notificationId: string; type: string; link: string | null }[]).filter(
      (item) => item.type === 'weekly-digest',
    );
  };

  const newPhonePage = async (): Promise<{ context: BrowserContext; page: Page }> => {
    const context = await phone(browser);
    contexts.push(context);
    return { context, page: await context.newPage() };
  };

  beforeAll(async () => {
    mailbox = await startMailbox();
    platform = new Platform(SERVICES, STARTED_AT_END, {
      gateway: { GATEWAY_CORS_ORIGINS: PORTAL_ORIGIN },
      notifications: {
        PORTAL_BASE_URL: PORTAL_ORIGIN,
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(mailbox.port),
        MAIL_FROM: 'vetlink <noreply@vetlink.example.cn>',
      },
    });
    await platform.start();
    portal = new PortalServer(platform.gatewayUrl, join(SCREENSHOTS, '..', 'portal-server-digest.log'));
    api = new ApiClient(platform.gatewayUrl);
    people = new People(api, platform);
    officer = await people.officer('digest-officer');
    const employer = await people.verifiedEmployer('digest-employer', '苏州门户e2e城配物流有限公司', officer);
    veteran = await people.veteran('digest-veteran');
    // The week's picks by e-mail too (the unsubscribe link is the e-mail's), at any hour: said in the
    // profile and to notifications alike, since a later profile event would otherwise set the channels back.
    const channels = { channels: ['in-app', 'email'], quietHours: null };
    const profile = suzhouDriverProfile(true);
    await people.created(
      'PUT',
      '/api/profiles/me',
      { ...profile, notificationPreferences: { ...profile.notificationPreferences, ...channels } },
      veteran.token,
    );
    await people.notificationPreferences(veteran, channels);
    await api.expect(200, 'PATCH', '/api/contact-points/me', {
      token: veteran.token,
      body: { email: veteran.login },
    });
    const draft = await people.created('POST', '/api/jobs', suzhouTruckDriverJob(), employer.token);
    await api.expect(200, 'POST', `/api/jobs/${draft.id}/publish`, { token: employer.token });
    job.id = draft.id;

    // The officer starts this week's digest through the API, once recommendations knows the veteran
    // and the job (a dry run says whom the run would reach and sends nothing).
    const finished = (runId: string) =>
      waitFor(
        async () => {
          const run = await api.expect(200, 'GET', `/api/digest-runs/${runId}`, { token: officer.token });
          return String(run.state).startsWith('completed') ? run : undefined;
        },
        { timeoutMs: 60_000, intervalMs: 300, what: `digest run ${runId} to finish` },
      );
    await waitFor(
      async () => {
        const dry = await api.expect(202, 'POST', '/api/digest-runs', {
          token: officer.token,
          body: { week, dryRun: true },
        });
        return (await finished(dry.runId)).counts.outcomes.sent >= 1;
      },
      { timeoutMs: 120_000, intervalMs: 1000, what: 'a dry run to reach the veteran' },
    );
    await api.expect(202, 'POST', '/api/digest-runs', { token: officer.token, body: { week } });
    await finished(week);
    await waitFor(async () => (await inboxDigests()).length > 0 || undefined, {
      timeoutMs: 30_000,
      intervalMs: 250,
      what: "the week's digest in the inbox",
    });
    await portal.start();
    browser = await launchChromium();
  }, 480_000);

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await portal?.stop();
    await platform?.stop();
    await new Promise<void>((closed) => (mailbox ? mailbox.server.close(() => closed()) : closed()));
  });

  let veteranPage: Page;

  it("the digest message's link, opened signed out, goes through sign-in to this week's picks", async () => {
    const [digest] = await inboxDigests();
    expect(digest!.link).toMatch(new RegExp(`^${PORTAL_ORIGIN}/jobs/featured\\?week=\\d{4}-\\d{2}-\\d{2}$`));
    ({ page: veteranPage } = await newPhonePage());
    await veteranPage.goto(digest!.link!);
    await veteranPage.waitForURL(
      (url) => url.pathname === '/sign-in' && url.searchParams.get('next') === `/veteran/picks/${week}`,
    );
    await signIn(veteranPage, veteran.login, { alreadyThere: true, checkAs: 'phone-picks-sign-in' });
    await veteranPage.waitForURL(`**/veteran/picks/${week}`);
    const pick = veteranPage.getByTestId('pick').filter({ hasText: job.title });
    await pick.waitFor();
    expect(await veteranPage.getByRole('heading', { level: 1 }).innerText()).toBe('本周精选岗位');
    expect(await pick.getByTestId('reasons').locator('li').count()).toBeGreaterThan(0);
    expect(await checkPage(veteranPage, 'phone-picks')).toEqual([]);
  });

  it('earlier weeks are reachable, and the inbox message opens the picks too', async () => {
    await veteranPage.getByTestId('earlier-week').click();
    await veteranPage.getByText('这一周没有为您精选的岗位', { exact: false }).waitFor();
    expect(await veteranPage.getByRole('heading', { level: 1 }).innerText()).toBe('往期精选岗位');
    expect(await checkPage(veteranPage, 'phone-picks-earlier-week')).toEqual([]);

    await veteranPage.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: /消息/ }).click();
    await veteranPage.waitForURL('**/veteran/inbox');
    const item = veteranPage.getByTestId('inbox-item').filter({ hasText: '本周精选岗位' });
    await item.getByRole('link', { name: '查看本周精选' }).click();
    await veteranPage.waitForURL(`**/veteran/picks/${week}`);
    await veteranPage.getByTestId('pick').getByRole('link', { name: job.title }).click();
    await veteranPage.waitForURL(`**/veteran/jobs/${job.id}`);
  });

  it("the e-mail's unsubscribe link, in a browser that never signed in, stops the weekly digest", async () => {
    const link = await waitFor(
      async () => {
        for (const raw of mailbox.mails) {
          const mail = await simpleParser(raw);
          const found = /退订: (\S+)/.exec(mail.text ?? '')?.[1];
          if (mail.subject?.startsWith('本周精选岗位') && found) return found;
        }
        return undefined;
      },
      { timeoutMs: 30_000, intervalMs: 250, what: "the digest's e-mail" },
    ).catch(async (error: Error) => {
      // what became of the digest's e-mail delivery says why none arrived
      const [digest] = await inboxDigests();
      const fate = await api.call('GET', `/api/notifications/${digest?.notificationId}`, {
        token: veteran.token,
      });
      throw new Error(`${error.message}; the digest: ${JSON.stringify(fate.body)}`);
    });
    expect(link.startsWith(`${PORTAL_ORIGIN}/unsubscribe?token=`)).toBe(true);

    const { page } = await newPhonePage();
    await page.goto(link);
    const question = page.getByTestId('unsubscribe-question');
    await question.waitFor();
    expect(await question.innerText()).toContain('每周精选岗位');
    expect(await checkPage(page, 'phone-unsubscribe-ask')).toEqual([]);
    await page.getByTestId('unsubscribe').click();
    await page.getByTestId('unsubscribe-done').waitFor();
    expect(await checkPage(page, 'phone-unsubscribe-done')).toEqual([]);

    const { token } = await people.signIn('digest-veteran');
    const preferences = await api.expect(200, 'GET', '/api/preferences/me', { token });
    expect(preferences.categories['weekly-digest'].enabled).toBe(false);
    expect(preferences.categories['job-push'].enabled).toBe(true);
  });

  it('an unsubscribe link that was tampered with says so', async () => {
    const { page } = await newPhonePage();
    await page.goto(`${PORTAL_ORIGIN}/unsubscribe?token=eyJ1IjoieCIsImMiOiJsb2FucyJ9.${'A'.repeat(43)}`);
    await page.getByTestId('unsubscribe-invalid').waitFor();
    expect(await page.getByTestId('unsubscribe-invalid').innerText()).toContain('此退订链接无效或已过期');
    expect(await checkPage(page, 'phone-unsubscribe-invalid')).toEqual([]);
  });

  it('a session revoked while a form is filled asks for the password over the page, keeps the text and saves it', async () => {
    const { context, page } = await newPhonePage();
    // The page's own clock, so that its access token can run out without waiting ten minutes.
    await context.clock.install();
    await page.goto(`${PORTAL_ORIGIN}/veteran/jobs/${job.id}`);
    await signIn(page, veteran.login, { alreadyThere: true, checkAs: 'phone-session-sign-in' });
    await page.waitForURL(`**/veteran/jobs/${job.id}`);
    const letter = '驾龄八年，熟悉苏州吴中的配送路线，可随时到岗。';
    const field = page.getByLabel('给用人单位的话（选填）');
    await field.fill(letter);

    // Signed out on another device: accounts revokes this tab's refresh token; then time passes.
    const refreshToken = await page.evaluate(() => window.sessionStorage.getItem('vetlink.refresh'));
    expect(refreshToken).toBeTruthy();
    const signedOut = await api.call('POST', '/api/auth/sign-out', { body: { refreshToken } });
    expect(signedOut.status).toBeLessThan(300);
    await page.clock.setSystemTime(Date.now() + PAST_THE_ACCESS_TOKEN_MS);

    await page.getByRole('button', { name: '申请该职位' }).click();
    const dialog = page.getByRole('dialog', { name: '登录已过期，请重新登录' });
    await dialog.waitFor();
    expect(await field.inputValue()).toBe(letter);
    expect(await dialog.getByLabel('手机号或电子邮箱').inputValue()).toBe(veteran.login);
    expect(await checkPage(page, 'phone-session-dialog')).toEqual([]);
    await dialog.getByLabel('密码', { exact: true }).fill(PASSWORD);
    await dialog.getByTestId('reauth-sign-in').click();

    await page.getByTestId('applied').waitFor();
    expect(page.url()).toBe(`${PORTAL_ORIGIN}/veteran/jobs/${job.id}`);
    const { token } = await people.signIn('digest-veteran');
    const mine = await api.expect(200, 'GET', `/api/applications?jobId=${job.id}`, { token });
    expect(mine.items.map((application: { coverLetter?: string }) => application.coverLetter)).toEqual([
      letter,
    ]);
  });
});
