import type { NextFunction, Request, Response } from 'express';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { sendGatewayError } from '../proxy/gateway-error';

type Middleware = (request: Request, response: Response, next: NextFunction) => unknown;
type Listener = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * Takes the public API's requests (`/api/...`) past Express: the same middleware in the same order,
 * called straight from the server. Express's own setup of each request cost more than forwarding it
 * (measured: one gateway process carried a third of what a bare Node proxy did). Everything else —
 * the documentation, health, metrics, a path no row takes — goes through Express as before.
 */
export function serveApiPastExpress(server: Server, chain: readonly Middleware[]): void {
  const [express] = server.listeners('request') as Listener[];
  if (!express) throw new Error('the HTTP server has no request handler to stand beside');
  server.removeAllListeners('request');
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    if (!request.url?.startsWith('/api/')) return express(request, response);
    // What the middleware reads of Express's additions: the URL as sent and the per-request locals.
    Object.assign(request, { originalUrl: request.url });
    Object.assign(response, { locals: {} });
    const next = (index: number): void => {
      const middleware = chain[index];
      if (!middleware) return express(request, response);
      Promise.resolve(middleware(request as Request, response as Response, () => next(index + 1))).catch(() =>
        sendGatewayError(response, 500, 'the gateway failed to pass the request on'),
      );
    };
    next(0);
  });
}
