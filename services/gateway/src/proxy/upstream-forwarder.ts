import {
  Agent,
  IncomingHttpHeaders,
  IncomingMessage,
  request as httpRequest,
  ServerResponse,
} from 'node:http';
import { traceCarrier } from '@vetlink/tracing';
import { HOP_BY_HOP } from '../edge/security-headers';
import { sendGatewayError } from './gateway-error';

export interface ForwardSettings {
  /** Time allowed for the service's answer to begin (its headers); longer is a 504. */
  timeoutMs: number;
  maxBodyBytes: number;
}

export interface Upstream {
  name: string;
  /** `http://host:port`. */
  baseUrl: string;
}

/** Where a service is asked, worked out once per service rather than once per request. */
interface UpstreamTarget {
  hostname: string;
  port: string;
  /** `host:port`, the Host header the service is sent. */
  host: string;
  agent: Agent;
}

/**
 * Passes one request to a service and its answer back, streaming both ways. The caller's token goes
 * through untouched (each service verifies it again); the correlation id, the caller's address
 * (X-Forwarded-For, appended), the original host and the trace (the gateway's span as parent) go along. A service that cannot be reached is a
 * 502 and one that does not begin its answer in time a 504, each naming the service.
 */
export class UpstreamForwarder {
  private readonly targets = new Map<string, UpstreamTarget>();

  constructor(private readonly settings: ForwardSettings) {}

  forward(
    upstream: Upstream,
    upstreamPath: string,
    request: IncomingMessage,
    response: ServerResponse,
    extraResponseHeaders: Record<string, string>,
  ): void {
    const declaredLength = Number(request.headers['content-length'] ?? 0);
    if (declaredLength > this.settings.maxBodyBytes) {
      request.resume();
      sendGatewayError(
        response,
        413,
        `the request body is larger than ${this.settings.maxBodyBytes} bytes`,
        extraResponseHeaders,
      );
      return;
    }
    const target = this.targetOf(upstream);
    const outgoing = httpRequest({
      host: target.hostname,
      port: target.port,
      method: request.method,
      path: upstreamPath,
      headers: this.requestHeaders(request, target.host),
      agent: target.agent,
    });
    const timer = setTimeout(() => {
      outgoing.destroy();
      sendGatewayError(
        response,
        504,
        `${upstream.name} did not answer within ${this.settings.timeoutMs} ms`,
        extraResponseHeaders,
      );
    }, this.settings.timeoutMs);

    outgoing.on('response', (answer) => {
      clearTimeout(timer);
      if (response.headersSent || response.writableEnded) {
        answer.resume();
        return;
      }
      response.writeHead(
        answer.statusCode ?? 502,
        this.responseHeaders(answer.headers, extraResponseHeaders),
      );
      answer.pipe(response);
      answer.on('error', () => response.destroy());
    });
    outgoing.on('error', () => {
      clearTimeout(timer);
      if (!response.headersSent)
        sendGatewayError(response, 502, `${upstream.name} is not reachable`, extraResponseHeaders);
      else response.destroy();
    });
    response.on('close', () => {
      // The caller went away: stop waiting for the service.
      if (!response.writableFinished) {
        clearTimeout(timer);
        outgoing.destroy();
      }
    });

    let received = 0;
    request.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > this.settings.maxBodyBytes) {
        request.unpipe(outgoing);
        outgoing.destroy();
        clearTimeout(timer);
        sendGatewayError(
          response,
          413,
          `the request body is larger than ${this.settings.maxBodyBytes} bytes`,
          extraResponseHeaders,
        );
      }
    });
    request.pipe(outgoing);
  }

  close(): void {
    for (const target of this.targets.values()) target.agent.destroy();
  }

  private targetOf(upstream: Upstream): UpstreamTarget {
    let target = this.targets.get(upstream.name);
    if (!target) {
      const url = new URL(upstream.baseUrl);
      target = {
        hostname: url.hostname,
        port: url.port,
        host: url.host,
        // 'lifo': the most recently used connection is reused, so the pool stays as small as the load
        // needs and its connections stay warm, instead of every idle one being cycled through.
        agent: new Agent({
          keepAlive: true,
          maxSockets: 128,
          maxFreeSockets: 32,
          keepAliveMsecs: 1000,
          scheduling: 'lifo',
        }),
      };
      this.targets.set(upstream.name, target);
    }
    return target;
  }

  private requestHeaders(request: IncomingMessage, upstreamHost: string): IncomingHttpHeaders {
    const headers: IncomingHttpHeaders = {};
    const incoming = request.headers;
    for (const name in incoming) {
      const value = incoming[name];
      if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value;
    }
    const address = request.socket.remoteAddress ?? '';
    const forwarded = request.headers['x-forwarded-for'];
    headers['x-forwarded-for'] = forwarded ? `${forwarded}, ${address}` : address;
    headers['x-forwarded-host'] = request.headers.host ?? '';
    headers['x-forwarded-proto'] = 'http';
    headers.host = upstreamHost;
    // Traced, the service's span is a child of the gateway's; otherwise the caller's traceparent passes as it came.
    Object.assign(headers, traceCarrier());
    return headers;
  }

  /** The service's headers less hop-by-hop ones, then the gateway's own over them (they win). */
  private responseHeaders(
    headers: IncomingHttpHeaders,
    gatewayHeaders: Record<string, string>,
  ): Record<string, string | string[]> {
    const result: Record<string, string | string[]> = {};
    for (const name in headers) {
      const value = headers[name];
      if (value !== undefined && !HOP_BY_HOP.has(name)) result[name] = value;
    }
    result['cache-control'] ??= 'no-store';
    for (const name in gatewayHeaders) result[name] = gatewayHeaders[name] as string;
    return result;
  }
}
