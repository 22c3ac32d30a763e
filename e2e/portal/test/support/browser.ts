import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const REPO_ROOT = resolve(__dirname, '../../../..');
/** Screenshots of every page checked, kept as CI artifacts. */
export const SCREENSHOTS = join(REPO_ROOT, '.vetlink/reports/portal-screenshots');
const CHROMIUM = process.env['CHROMIUM_BIN'] || '/usr/bin/chromium';

/** Debian's Chromium (`vetlink install` puts it there), never a browser Playwright downloads. */
export function launchChromium(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    // root in a container has no user namespace for Chromium's sandbox
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
}

/** A veteran's phone: most veterans open vetlink on one, often from a message's link. */
export function phone(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
}

/** An HR desk. */
export function desktop(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 1366, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
}

export interface Finding {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/**
 * axe-core's WCAG 2.1 A/AA rules on the page as it is, and a full-page screenshot named after it:
 * the serious and critical violations (what the issue forbids).
 */
export async function checkPage(page: Page, name: string): Promise<Finding[]> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }));
}
