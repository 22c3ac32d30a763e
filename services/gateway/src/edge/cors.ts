/**
 * CORS for the portal's origins. Tokens travel in the Authorization header, never in cookies, so
 * credentials are not allowed; an origin not listed gets no CORS headers (the browser then refuses
 * the answer) and its preflight a 403. If-Match is allowed: the portal's profile saves name the
 * revision they are based on (a 409 when it moved on).
 */
export const CORS_ALLOWED_HEADERS =
  'authorization, content-type, idempotency-key, if-match, x-correlation-id';
export const CORS_EXPOSED_HEADERS =
  'x-correlation-id, retry-after, ratelimit-limit, ratelimit-remaining, ratelimit-reset, idempotent-replayed';
export const CORS_METHODS = 'GET, POST, PUT, PATCH, DELETE';

export type CorsDecision =
  | { kind: 'not-cors' }
  | { kind: 'refused' }
  | { kind: 'allowed'; headers: Record<string, string> }
  | { kind: 'preflight'; headers: Record<string, string> };

export function corsDecision(
  allowedOrigins: ReadonlySet<string>,
  request: { method: string; origin?: string; requestedMethod?: string },
): CorsDecision {
  if (!request.origin) return { kind: 'not-cors' };
  if (!allowedOrigins.has(request.origin)) return { kind: request.requestedMethod ? 'refused' : 'not-cors' };
  const headers: Record<string, string> = {
    'access-control-allow-origin': request.origin,
    vary: 'Origin',
  };
  if (request.method === 'OPTIONS' && request.requestedMethod) {
    return {
      kind: 'preflight',
      headers: {
        ...headers,
        'access-control-allow-methods': CORS_METHODS,
        'access-control-allow-headers': CORS_ALLOWED_HEADERS,
        'access-control-max-age': '600',
      },
    };
  }
  return { kind: 'allowed', headers: { ...headers, 'access-control-expose-headers': CORS_EXPOSED_HEADERS } };
}
