import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';

export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A stand-in for a service behind the gateway (plain HTTP, no engine): it records what reached it,
 * answers with what it saw, serves a small OpenAPI document, and can be made slow.
 */
export class StubService {
  readonly seen: SeenRequest[] = [];
  delayMs = 0;
  private server?: Server;

  constructor(private readonly paths: Record<string, Record<string, unknown>>) {}

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        if (request.url === '/docs/openapi.json') {
          response.setHeader('content-type', 'application/json');
          response.end(
            JSON.stringify({ openapi: '3.0.0', info: { title: 'stub', version: '1' }, paths: this.paths }),
          );
          return;
        }
        const seen = {
          method: request.method ?? '',
          url: request.url ?? '',
          headers: request.headers,
          body: Buffer.concat(chunks).toString(),
        };
        this.seen.push(seen);
        setTimeout(() => {
          response.setHeader('content-type', 'application/json');
          response.setHeader('x-powered-by', 'Express');
          response.end(JSON.stringify({ url: seen.url, authorization: seen.headers.authorization ?? null }));
        }, this.delayMs);
      });
    });
    await new Promise<void>((listening) => this.server?.listen(0, '127.0.0.1', listening));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((closed) => (this.server ? this.server.close(() => closed()) : closed()));
  }
}
