import { describe, expect, it, vi } from 'vitest';
import {
  REFRESH_MARGIN_MS,
  Session,
  type AuthApi,
  type RefreshTokenStore,
  type SessionGrant,
} from './session';

function grant(n: number, overrides: Partial<SessionGrant> = {}): SessionGrant {
  return {
    accessToken: `access-${n}`,
    expiresIn: 600,
    refreshToken: `rt1.${n}`,
    userId: 'veteran-1',
    role: 'veteran',
    ...overrides,
  };
}

function memoryStore(initial?: string): RefreshTokenStore & { value: string | undefined } {
  const store = {
    value: initial,
    read: () => store.value,
    write: (token: string | undefined) => (store.value = token),
  };
  return store;
}

function fakeApi(): AuthApi & { refreshes: string[]; signOuts: string[]; next: number; refuse: boolean } {
  const api = {
    refreshes: [] as string[],
    signOuts: [] as string[],
    next: 2,
    refuse: false,
    signIn: vi.fn(async () => grant(1)),
    async refresh(token: string) {
      api.refreshes.push(token);
      await new Promise((done) => setTimeout(done, 5));
      return api.refuse ? undefined : grant(api.next++);
    },
    async signOut(token: string) {
      api.signOuts.push(token);
    },
  };
  return api;
}

describe('Session', () => {
  it('keeps the access token in memory and the refresh token in the store', async () => {
    const store = memoryStore();
    const session = new Session(fakeApi(), store);
    const identity = await session.signIn('a@example.cn', 'long enough password');
    expect(identity).toEqual({ userId: 'veteran-1', role: 'veteran' });
    expect(store.value).toBe('rt1.1');
    expect(await session.accessToken()).toBe('access-1');
  });

  it('refreshes before the access token expires, and rotates the refresh token', async () => {
    let now = 1_000_000;
    const api = fakeApi();
    const store = memoryStore();
    const session = new Session(api, store, () => now);
    await session.signIn('a@example.cn', 'long enough password');
    now += 600_000 - REFRESH_MARGIN_MS + 1;
    expect(await session.accessToken()).toBe('access-2');
    expect(api.refreshes).toEqual(['rt1.1']);
    expect(store.value).toBe('rt1.2');
  });

  it('exchanges the refresh token once for concurrent callers (accounts revokes a reused one)', async () => {
    const api = fakeApi();
    const session = new Session(api, memoryStore('rt1.1'));
    const results = await Promise.all([session.refresh(), session.refresh(), session.accessToken()]);
    expect(results).toEqual([true, true, 'access-2']);
    expect(api.refreshes).toEqual(['rt1.1']);
  });

  it('restores a session after a reload from the stored refresh token', async () => {
    const session = new Session(fakeApi(), memoryStore('rt1.7'));
    expect(await session.restore()).toEqual({ userId: 'veteran-1', role: 'veteran' });
  });

  it('is interrupted, not signed out, when accounts refuses the refresh token of someone signed in', async () => {
    const api = fakeApi();
    const store = memoryStore();
    const session = new Session(api, store);
    await session.signIn('a@example.cn', 'long enough password');
    const changes: unknown[] = [];
    const interruptions: unknown[] = [];
    session.onChange((identity) => changes.push(identity));
    session.onInterruption((identity) => interruptions.push(identity));
    api.refuse = true;
    expect(await session.refresh()).toBe(false);
    expect(session.identity).toEqual({ userId: 'veteran-1', role: 'veteran' });
    expect(session.interrupted).toEqual({ userId: 'veteran-1', role: 'veteran' });
    expect(session.login).toBe('a@example.cn');
    expect(store.value).toBeUndefined();
    expect(changes).toEqual([]);
    expect(interruptions).toEqual([{ userId: 'veteran-1', role: 'veteran' }]);
  });

  it('holds requests during an interruption and gives them a new token once the same person signs in again', async () => {
    let now = 1_000_000;
    const api = fakeApi();
    const session = new Session(api, memoryStore(), () => now);
    await session.signIn('a@example.cn', 'long enough password');
    api.refuse = true;
    now += 600_000;
    const waiting = session.accessToken();
    const alsoWaiting = session.accessToken();
    await vi.waitFor(() => expect(session.interrupted).toBeDefined());
    const interruptions: unknown[] = [];
    session.onInterruption((identity) => interruptions.push(identity));
    api.signIn = vi.fn(async () => grant(9));
    await session.signIn('a@example.cn', 'long enough password');
    expect(await waiting).toBe('access-9');
    expect(await alsoWaiting).toBe('access-9');
    expect(api.refreshes).toEqual(['rt1.1']);
    expect(session.interrupted).toBeUndefined();
    expect(interruptions).toEqual([undefined]);
  });

  it('ends the session when the person gives up signing in again: waiting requests go without a token', async () => {
    const api = fakeApi();
    const store = memoryStore();
    const session = new Session(api, store);
    await session.signIn('a@example.cn', 'long enough password');
    const changes: unknown[] = [];
    session.onChange((identity) => changes.push(identity));
    api.refuse = true;
    await session.refresh();
    const waiting = session.accessToken();
    session.giveUp();
    expect(await waiting).toBeUndefined();
    expect(session.identity).toBeUndefined();
    expect(session.interrupted).toBeUndefined();
    expect(changes).toEqual([undefined]);
  });

  it('does not release what one person was sending when another signs in during the interruption', async () => {
    const api = fakeApi();
    const session = new Session(api, memoryStore());
    await session.signIn('a@example.cn', 'long enough password');
    api.refuse = true;
    await session.refresh();
    const resumed = session.resumed();
    api.signIn = vi.fn(async () => grant(3, { userId: 'veteran-2' }));
    await session.signIn('b@example.cn', 'long enough password');
    expect(await resumed).toBe(false);
    expect(session.identity).toEqual({ userId: 'veteran-2', role: 'veteran' });
    expect(session.interrupted).toBeUndefined();
  });

  it('signs nobody in after a reload when accounts refuses the stored refresh token (nothing typed to keep)', async () => {
    const api = fakeApi();
    api.refuse = true;
    const store = memoryStore('rt1.5');
    const session = new Session(api, store);
    expect(await session.restore()).toBeUndefined();
    expect(session.interrupted).toBeUndefined();
    expect(store.value).toBeUndefined();
    expect(await session.resumed()).toBe(false);
  });

  it('signs out by revoking the refresh token at accounts and forgetting both tokens', async () => {
    const api = fakeApi();
    const store = memoryStore();
    const session = new Session(api, store);
    await session.signIn('a@example.cn', 'long enough password');
    await session.signOut();
    expect(api.signOuts).toEqual(['rt1.1']);
    expect(store.value).toBeUndefined();
    expect(await session.accessToken()).toBeUndefined();
  });

  it('keeps the organisation of an employer', async () => {
    const api = fakeApi();
    api.signIn = vi.fn(async () => grant(1, { role: 'employer', organisationId: 'org-1' }));
    const session = new Session(api, memoryStore());
    expect(await session.signIn('hr@example.cn', 'long enough password')).toEqual({
      userId: 'veteran-1',
      role: 'employer',
      organisationId: 'org-1',
    });
  });
});
