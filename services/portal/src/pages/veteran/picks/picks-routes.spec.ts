import { describe, expect, it } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { createPortalRouter } from '../../../router';
import { Session, type AuthApi, type RefreshTokenStore } from '../../../session/session';
import { currentIsoWeek } from '../../../domain/weeks';

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

describe("the weekly digest message's link and the unsubscribe page", () => {
  it("opens the picks of the week the message names (its Monday), not a job called 'featured'", async () => {
    expect(await landing('veteran', '/jobs/featured?week=2026-11-30')).toBe('/veteran/picks/2026-W49');
    expect(await landing('veteran', '/veteran/picks')).toBe(`/veteran/picks/${currentIsoWeek(new Date())}`);
    expect(await landing('veteran', '/veteran/picks/2026-W99')).toBe(
      `/veteran/picks/${currentIsoWeek(new Date())}`,
    );
  });

  it('sends a signed-out visitor through sign-in and back to the picks', async () => {
    expect(await landing(undefined, '/jobs/featured?week=2026-11-30')).toBe(
      '/sign-in?next=/veteran/picks/2026-W49',
    );
  });

  it('opens the unsubscribe page without signing in', async () => {
    expect(await landing(undefined, '/unsubscribe?token=abc.def')).toBe('/unsubscribe?token=abc.def');
  });
});
