import { describe, expect, it } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { Session, type AuthApi, type RefreshTokenStore } from '../session/session';
import { createPortalRouter } from './index';

function sessionOf(role: string | undefined): Session {
  let stored: string | undefined = role ? 'rt1.1' : undefined;
  const store: RefreshTokenStore = { read: () => stored, write: (token) => (stored = token) };
  const grant = { accessToken: 'a', expiresIn: 600, refreshToken: 'rt1.2', userId: 'u-1', role: role ?? '' };
  const api: AuthApi = {
    signIn: async () => grant,
    refresh: async () => (role ? grant : undefined),
    signOut: async () => undefined,
  };
  return new Session(api, store);
}

async function landing(role: string | undefined, path: string): Promise<string> {
  const router = createPortalRouter(sessionOf(role), createMemoryHistory());
  await router.push(path);
  return router.currentRoute.value.fullPath;
}

describe('the router', () => {
  it('sends a visitor of a role page to sign-in, keeping where they were going', async () => {
    expect(await landing(undefined, '/veteran/inbox')).toBe('/sign-in?next=/veteran/inbox');
  });

  it('lets a person into their role pages, and links from messages open the job', async () => {
    expect(await landing('veteran', '/veteran/inbox')).toBe('/veteran/inbox');
    expect(await landing('veteran', '/jobs/job-7')).toBe('/veteran/jobs/job-7');
  });

  it("sends a person from another role's pages, and from sign-in, to their own home", async () => {
    expect(await landing('employer', '/veteran/inbox')).toBe('/employer/jobs');
    expect(await landing('officer', '/sign-in')).toBe('/officer/employers');
    expect(await landing('mentor', '/')).toBe('/mentor/sessions');
    expect(await landing('mentor', '/veteran/mentors')).toBe('/mentor/sessions');
    expect(await landing('veteran', '/mentor/availability')).toBe('/veteran/recommended');
  });
});
