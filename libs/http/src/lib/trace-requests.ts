import type { NextFunction, Request, Response } from 'express';
import {
  contextFrom,
  runInContext,
  SpanKind,
  SpanStatusCode,
  startSpan,
  tracingEnabled,
} from '@vetlink/tracing';
import { routeLabel, UNMATCHED } from './http-metrics';

/**
 * A server span per request, continuing the caller's `traceparent`, active for everything the request
 * calls (outbox writes, queued jobs). Named `METHOD /route/:pattern` once the router has matched (a
 * path's ids would make every span name unique; the gateway names its routing row), only the method when
 * no route matched. No path, query or
 * body on the span: they can carry personal data.
 */
export function traceRequests(request: Request, response: Response, next: NextFunction): void {
  if (!tracingEnabled()) return next();
  const { span, context } = startSpan(request.method, {
    kind: SpanKind.SERVER,
    parent: contextFrom(request.headers),
    attributes: { 'http.request.method': request.method },
  });
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    const route = routeLabel(request, response.locals);
    if (route !== UNMATCHED) span.updateName(`${request.method} ${route}`).setAttribute('http.route', route);
    span.setAttribute('http.response.status_code', response.statusCode);
    if (response.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  };
  response.once('finish', end);
  response.once('close', end);
  runInContext(context, next);
}
