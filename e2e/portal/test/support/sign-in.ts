import { PASSWORD } from '@vetlink/e2e-scenarios/people';
import type { Page } from 'playwright-core';
import { checkPage } from './browser';
import { PORTAL_ORIGIN } from './portal-server';

export interface SignInOptions {
  /** the page is on the sign-in form already (a link sent the person there): do not open it again */
  alreadyThere?: boolean;
  /** check the filled-in form with axe-core and keep its screenshot under this name */
  checkAs?: string;
}

/** Signs a person in through the portal's form, typed as they would type it. */
export async function signIn(page: Page, login: string, options: SignInOptions = {}): Promise<void> {
  if (!options.alreadyThere) await page.goto(`${PORTAL_ORIGIN}/sign-in`);
  await page.getByLabel('手机号或电子邮箱').fill(login);
  await page.getByLabel('密码', { exact: true }).fill(PASSWORD);
  if (options.checkAs) expect(await checkPage(page, options.checkAs)).toEqual([]);
  await page.getByTestId('sign-in').click();
}
