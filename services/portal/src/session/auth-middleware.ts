import type { Middleware } from 'openapi-fetch';
import type { Session } from './session';

/**
 * Puts the access token on every request (refreshed first when it is about to expire), and when the
 * API still answers 401 — the token expired in flight, or the clock is off — refreshes once and sends
 * the same request again. When accounts refuses the refresh, the session is interrupted: the request
 * waits for the person to sign in again (the dialog) and is then sent again, so what they were saving
 * is saved. Accounts' own sign-in, refresh and sign-out calls go without it.
 */
export function authMiddleware(
  session: Session,
  fetchAgain: typeof fetch = (input) => fetch(input),
): Middleware {
  const copies = new WeakMap<Request, Request>();
  return {
    async onRequest({ request }) {
      const token = await session.accessToken();
      if (!token) return request;
      request.headers.set('authorization', `Bearer ${token}`);
      copies.set(request, request.clone());
      return request;
    },
    async onResponse({ request, response }) {
      if (response.status !== 401) return response;
      const copy = copies.get(request);
      if (!copy) return response;
      const renewed = (await session.refresh()) || (await session.resumed());
      if (!renewed) return response;
      const token = await session.accessToken();
      if (!token) return response;
      copy.headers.set('authorization', `Bearer ${token}`);
      return fetchAgain(copy);
    },
  };
}
