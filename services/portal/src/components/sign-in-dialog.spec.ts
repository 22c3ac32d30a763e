import { flushPromises, mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { createPortalI18n } from '../i18n';
import { Session, type AuthApi, type SessionGrant } from '../session/session';

// The dialog's session: a real Session over a stand-in accounts that refuses refreshes.
const accounts = vi.hoisted(() => ({
  signIns: [] as string[],
  next: { userId: 'veteran-1', role: 'veteran' },
}));
vi.mock('../api/client', async (original) => {
  const { Session: RealSession } = await import('../session/session');
  let stored: string | undefined;
  const grant = (): SessionGrant => ({
    accessToken: 'a',
    expiresIn: 600,
    refreshToken: 'r',
    ...accounts.next,
  });
  const api: AuthApi = {
    signIn: async (login) => (accounts.signIns.push(login), grant()),
    refresh: async () => undefined,
    signOut: async () => undefined,
  };
  return {
    ...(await original<typeof import('../api/client')>()),
    session: new RealSession(api, { read: () => stored, write: (token) => (stored = token) }),
  };
});
const { session } = (await import('../api/client')) as unknown as { session: Session };
const { default: SignInDialog } = await import('./SignInDialog.vue');

/** Signed in on the sign-in page, then the refresh refused: the session is interrupted. */
async function interrupted() {
  accounts.next = { userId: 'veteran-1', role: 'veteran' };
  await session.signIn('wang@example.cn', 'long enough password');
  await session.refresh();
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:any(.*)*', component: { template: '<p />' } }],
  });
  await router.push('/veteran/jobs/job-1');
  const wrapper = mount(SignInDialog, {
    attachTo: document.body,
    global: { plugins: [ElementPlus, createPortalI18n('zh-CN'), router] },
  });
  await flushPromises();
  return { wrapper, router };
}

const input = (id: string) => document.getElementById(id) as HTMLInputElement;
const button = (text: string) =>
  [...document.querySelectorAll('button')].find((candidate) => candidate.textContent?.includes(text))!;

describe('the sign-in dialog', () => {
  afterEach(() => {
    session.giveUp();
    document.body.innerHTML = '';
  });

  it('offers the login used before and resumes the session when the same person signs in', async () => {
    const { wrapper, router } = await interrupted();
    expect(session.interrupted).toEqual({ userId: 'veteran-1', role: 'veteran' });
    expect(document.body.textContent).toContain('登录已过期，请重新登录');
    expect(input('reauth-login').value).toBe('wang@example.cn');
    const resumed = session.resumed();
    input('reauth-password').value = 'long enough password';
    input('reauth-password').dispatchEvent(new Event('input'));
    button('登录并继续').click();
    await flushPromises();
    expect(await resumed).toBe(true);
    expect(session.interrupted).toBeUndefined();
    expect(router.currentRoute.value.fullPath).toBe('/veteran/jobs/job-1');
    wrapper.unmount();
  });

  it('asks for the password before signing in', async () => {
    const { wrapper } = await interrupted();
    const before = accounts.signIns.length;
    button('登录并继续').click();
    await flushPromises();
    expect(accounts.signIns.length).toBe(before);
    expect(session.interrupted).toBeDefined();
    expect(input('reauth-password').closest('.el-form-item')?.classList.contains('is-error')).toBe(true);
    wrapper.unmount();
  });

  it("opens another person's own home when they sign in instead", async () => {
    const { wrapper, router } = await interrupted();
    accounts.next = { userId: 'employer-9', role: 'employer' };
    input('reauth-login').value = 'hr@example.cn';
    input('reauth-login').dispatchEvent(new Event('input'));
    input('reauth-password').value = 'long enough password';
    input('reauth-password').dispatchEvent(new Event('input'));
    button('登录并继续').click();
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe('/employer/jobs');
    wrapper.unmount();
  });

  it('ends the session when the person signs out instead', async () => {
    const { wrapper } = await interrupted();
    button('退出登录').click();
    await flushPromises();
    expect(session.identity).toBeUndefined();
    expect(session.interrupted).toBeUndefined();
    wrapper.unmount();
  });
});
