import createClient from 'openapi-fetch';
import { describe, expect, it, vi } from 'vitest';
import { authMiddleware } from './auth-middleware';
import { Session, type AuthApi, type RefreshTokenStore } from './session';

interface Paths {
  '/things': {
    get: {
      parameters: { query?: never; header?: never; path?: never; cookie?: never };
      requestBody?: never;
      responses: {
        200: { headers: Record<string, unknown>; content: { 'application/json': { ok: boolean } } };
      };
    };
  };
}

function signedIn(refuseRefresh = false) {
  let token: string | undefined = 'rt1.1';
  const store: RefreshTokenStore = { read: () => token, write: (value) => (token = value) };
  let n = 1;
  let signIns = 0;
  const api: AuthApi = {
    // the first sign-in's token, then the one of signing in again in the dialog
    signIn: async () => ({
      accessToken: signIns++ === 0 ? 'access-1' : 'access-again',
      expiresIn: 600,
      refreshToken: 'rt1.1',
      userId: 'u',
      role: 'veteran',
    }),
    refresh: async () =>
      refuseRefresh
        ? undefined
        : {
            accessToken: `access-${++n}`,
            expiresIn: 600,
            refreshToken: `rt1.${n}`,
            userId: 'u',
            role: 'veteran',
          },
    signOut: async () => undefined,
  };
  return new Session(api, store);
}

/** A stand-in API that accepts only `valid` as the bearer token. */
function server(valid: string) {
  const seen: (string | null)[] = [];
  const fetcher = async (input: Request) => {
    seen.push(input.headers.get('authorization'));
    return input.headers.get('authorization') === `Bearer ${valid}`
      ? new Response(JSON.stringify({ ok: true }), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        })
      : new Response(JSON.stringify({ message: 'expired' }), {
          status: 401,
          headers: { 'content-type': 'application/json' },
        });
  };
  return { seen, fetcher };
}

describe('authMiddleware', () => {
  it('sends the access token', async () => {
    const session = signedIn();
    await session.signIn('a', 'b');
    const { seen, fetcher } = server('access-1');
    const client = createClient<Paths>({ baseUrl: 'http://api.test', fetch: fetcher });
    client.use(authMiddleware(session, fetcher as typeof fetch));
    const { data } = await client.GET('/things');
    expect(data).toEqual({ ok: true });
    expect(seen).toEqual(['Bearer access-1']);
  });

  it('on a 401 refreshes once and sends the same request again with the new token', async () => {
    const session = signedIn();
    await session.signIn('a', 'b');
    const { seen, fetcher } = server('access-2');
    const client = createClient<Paths>({ baseUrl: 'http://api.test', fetch: fetcher });
    client.use(authMiddleware(session, fetcher as typeof fetch));
    const { data, response } = await client.GET('/things');
    expect(response.status).toBe(200);
    expect(data).toEqual({ ok: true });
    expect(seen).toEqual(['Bearer access-1', 'Bearer access-2']);
  });

  it('when the refresh token is refused, waits for the person to sign in again and then sends the request again', async () => {
    const session = signedIn(true);
    await session.signIn('a', 'b');
    const { seen, fetcher } = server('access-again');
    const client = createClient<Paths>({ baseUrl: 'http://api.test', fetch: fetcher });
    client.use(authMiddleware(session, fetcher as typeof fetch));
    const answer = client.GET('/things');
    await vi.waitFor(() => expect(session.interrupted).toEqual({ userId: 'u', role: 'veteran' }));
    expect(seen).toEqual(['Bearer access-1']);
    await session.signIn('a', 'b');
    const { data, response } = await answer;
    expect(response.status).toBe(200);
    expect(data).toEqual({ ok: true });
    expect(seen).toEqual(['Bearer access-1', 'Bearer access-again']);
  });

  it('answers the 401 when the person gives up signing in again (the session is over)', async () => {
    const session = signedIn(true);
    await session.signIn('a', 'b');
    const { seen, fetcher } = server('never');
    const client = createClient<Paths>({ baseUrl: 'http://api.test', fetch: fetcher });
    client.use(authMiddleware(session, fetcher as typeof fetch));
    const answer = client.GET('/things');
    await vi.waitFor(() => expect(session.interrupted).toBeDefined());
    session.giveUp();
    const { response } = await answer;
    expect(response.status).toBe(401);
    expect(seen).toHaveLength(1);
    expect(session.identity).toBeUndefined();
  });
});
