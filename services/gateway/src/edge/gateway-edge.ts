import { Logger } from '@nestjs/common';
import { scrubUrl } from '@vetlink/logging';
import type { NextFunction, Request, Response } from 'express';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DocsAssembler } from '../docs/docs-assembler';
import { DOCS_PAGE, DOCS_START_SCRIPT, SWAGGER_UI_DIR } from '../docs/swagger-page';
import { RateLimiter } from '../limits/rate-limiter';
import { sendGatewayError } from '../proxy/gateway-error';
import { Upstream, UpstreamForwarder } from '../proxy/upstream-forwarder';
import { RouteRule, routeRequest } from '../routing/domain/route-rule';
import { corsDecision } from './cors';
import { API_SECURITY_HEADERS, DOCS_SECURITY_HEADERS } from './security-headers';
import { TokenIdentity } from './token-identity';

export interface EdgeParts {
  rules: readonly RouteRule[];
  upstreams: readonly Upstream[];
  forwarder: UpstreamForwarder;
  limiter: RateLimiter;
  identity: TokenIdentity;
  docs: DocsAssembler;
  corsOrigins: ReadonlySet<string>;
}

const UI_FILES = new Set(['swagger-ui.css', 'swagger-ui-bundle.js']);

/**
 * The gateway's one Express middleware, in the order a request meets them: security headers, CORS,
 * the documentation, then routing, rate limits and forwarding. Health routes fall through to Nest, and
 * so does `/metrics` when asked directly (Prometheus inside the cluster), never through the ingress.
 * Each request's route label for `http_request_duration_seconds` is its routing row (`res.locals.route`).
 */
export function gatewayEdge(parts: EdgeParts) {
  const logger = new Logger('gateway');
  const upstreams = new Map(parts.upstreams.map((upstream) => [upstream.name, upstream]));
  const uiCache = new Map<string, Buffer>();

  return async (request: Request, response: Response, next: NextFunction) => {
    const url = request.originalUrl;
    if (url.startsWith('/health/')) return next();
    if (url === '/metrics' || url.startsWith('/metrics?')) {
      if (!cameThroughAProxy(request)) return next();
      return sendGatewayError(response, 404, 'no API route answers this path');
    }
    const isDocs = url === '/docs' || url.startsWith('/docs/') || url.startsWith('/docs?');
    const securityHeaders = isDocs ? DOCS_SECURITY_HEADERS : API_SECURITY_HEADERS;
    const cors = corsDecision(parts.corsOrigins, {
      method: request.method,
      ...(typeof request.headers.origin === 'string' ? { origin: request.headers.origin } : {}),
      ...(typeof request.headers['access-control-request-method'] === 'string'
        ? { requestedMethod: request.headers['access-control-request-method'] }
        : {}),
    });
    // Every answer carries the security headers; they are handed to whatever writes the answer, so
    // that a forwarded answer's head is written once rather than merged over headers set one by one.
    if (cors.kind === 'refused')
      return sendGatewayError(response, 403, 'this origin may not call the API', securityHeaders);
    const answerHeaders =
      cors.kind === 'allowed' || cors.kind === 'preflight'
        ? { ...securityHeaders, ...cors.headers }
        : securityHeaders;
    if (cors.kind === 'preflight') {
      for (const name in answerHeaders) response.setHeader(name, answerHeaders[name] as string);
      response.statusCode = 204;
      response.end();
      return;
    }
    if (isDocs) {
      response.locals['route'] = '/docs';
      return serveDocs(request, response, answerHeaders);
    }
    const routed = routeRequest(parts.rules, url);
    const upstream = routed ? upstreams.get(routed.service) : undefined;
    if (routed) response.locals['route'] = routed.rule.from;
    if (!routed || !upstream)
      return sendGatewayError(
        response,
        404,
        `no API route answers ${request.method} ${scrubUrl(url.split('?')[0])}`,
        answerHeaders,
      );
    const userId = await parts.identity.userOf(request.headers.authorization);
    const decision = parts.limiter.count(userId, request.socket.remoteAddress ?? 'unknown');
    const headers: Record<string, string> = {
      ...answerHeaders,
      'ratelimit-limit': String(decision.limit),
      'ratelimit-remaining': String(decision.remaining),
      'ratelimit-reset': String(decision.resetSeconds),
    };
    if (!decision.allowed) {
      request.resume();
      headers['retry-after'] = String(decision.resetSeconds);
      return sendGatewayError(
        response,
        429,
        decision.by === 'user'
          ? `more than ${decision.limit} requests a minute from this account; try again in ${decision.resetSeconds} s`
          : `more than ${decision.limit} requests a minute from this address; try again in ${decision.resetSeconds} s`,
        headers,
      );
    }
    const started = process.hrtime.bigint();
    response.on('finish', () =>
      logger.log({
        method: request.method,
        url: scrubUrl(url),
        service: routed.service,
        status: response.statusCode,
        ms: Number(process.hrtime.bigint() - started) / 1e6,
      }),
    );
    headers['x-correlation-id'] = String(request.headers['x-correlation-id'] ?? '');
    parts.forwarder.forward(upstream, routed.upstreamPath, request, response, headers);
  };

  async function serveDocs(request: Request, response: Response, answerHeaders: Record<string, string>) {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return sendGatewayError(response, 404, 'the documentation is read with GET', answerHeaders);
    const path = request.path;
    for (const [name, value] of Object.entries(answerHeaders)) response.setHeader(name, value);
    if (path === '/docs' || path === '/docs/') return void response.type('html').send(DOCS_PAGE);
    if (path === '/docs/start.js') return void response.type('js').send(DOCS_START_SCRIPT);
    if (path === '/docs/openapi.json') return void response.json((await parts.docs.current()).document);
    const file = path.replace('/docs/ui/', '');
    if (path.startsWith('/docs/ui/') && UI_FILES.has(file)) {
      let content = uiCache.get(file);
      if (!content) uiCache.set(file, (content = readFileSync(join(SWAGGER_UI_DIR, file))));
      response.setHeader('cache-control', 'public, max-age=3600');
      return void response.type(file.endsWith('.css') ? 'css' : 'js').send(content);
    }
    return sendGatewayError(response, 404, 'no such documentation file', answerHeaders);
  }
}

/**
 * Whether a proxy (the ingress controller, a load balancer) passed the request on: they add these
 * headers, and a client cannot take away what they add. Prometheus scrapes the pod directly.
 */
function cameThroughAProxy(request: Request): boolean {
  return ['x-forwarded-for', 'forwarded', 'x-real-ip'].some((name) => request.headers[name] !== undefined);
}
