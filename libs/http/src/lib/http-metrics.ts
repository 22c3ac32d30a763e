import { recordHttpRequest, stopwatch } from '@vetlink/metrics';
import type { NextFunction, Request, Response } from 'express';

/** What a request's route label is read from: Express's matched route, or one a middleware named. */
interface Routed {
  baseUrl?: string;
  route?: { path?: unknown };
}

/** The route label of a request no route took (404, 405). */
export const UNMATCHED = 'unmatched';

/** The scrapes themselves are left out: they would only measure the scraper. */
const UNTIMED_ROUTES = new Set(['/metrics']);

/**
 * The route pattern a request matched (`/jobs/:jobId`), never its raw path: ids in labels would make
 * a series per id. `res.locals.route` wins (the gateway names its routing row there); a request no
 * route took (404, 405) is `unmatched`.
 */
export function routeLabel(request: Routed, locals: Record<string, unknown> = {}): string {
  if (typeof locals['route'] === 'string') return locals['route'];
  const path = request.route?.path;
  return typeof path === 'string' ? `${request.baseUrl ?? ''}${path}` : UNMATCHED;
}

/**
 * Times every request from its arrival to its last byte, whatever answered it (a guard's 401 and a
 * filter's 400 included), as `http_request_duration_seconds{method, route, status_code}`.
 */
export function timeRequests(request: Request, response: Response, next: NextFunction): void {
  const elapsed = stopwatch();
  response.on('finish', () => {
    const route = routeLabel(request, response.locals);
    if (UNTIMED_ROUTES.has(route)) return;
    recordHttpRequest({ method: request.method, route, statusCode: response.statusCode }, elapsed());
  });
  next();
}
