import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';

/** One span as an OTLP/HTTP JSON export names it, with its process's service.name. */
export interface ReceivedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId: string | undefined;
  name: string;
  kind: number;
  /** When the receiver got it (ms since the epoch). */
  receivedAt: number;
}

interface OtlpAttribute {
  key: string;
  value: { stringValue?: string };
}

interface OtlpExport {
  resourceSpans?: {
    resource?: { attributes?: OtlpAttribute[] };
    scopeSpans?: {
      spans?: { traceId: string; spanId: string; parentSpanId?: string; name: string; kind: number }[];
    }[];
  }[];
}

/**
 * A tiny OTLP/HTTP receiver on 127.0.0.1 (what a collector would be), keeping every span the services
 * export to `<endpoint>/v1/traces` as JSON, so that a test can read a trace back.
 */
export class OtlpReceiver {
  readonly spans: ReceivedSpan[] = [];
  private server?: Server;

  get endpoint(): string {
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}`;
  }

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const raw = Buffer.concat(chunks);
        const body = request.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw;
        if (request.url === '/v1/traces' && request.headers['content-type']?.includes('json'))
          this.keep(JSON.parse(body.toString()) as OtlpExport);
        response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((listening) => this.server?.listen(0, '127.0.0.1', listening));
  }

  async stop(): Promise<void> {
    await new Promise<void>((closed) => (this.server ? this.server.close(() => closed()) : closed()));
  }

  trace(traceId: string): ReceivedSpan[] {
    return this.spans.filter((span) => span.traceId === traceId);
  }

  private keep(exported: OtlpExport): void {
    for (const { resource, scopeSpans } of exported.resourceSpans ?? []) {
      const service =
        resource?.attributes?.find((attribute) => attribute.key === 'service.name')?.value.stringValue ??
        'unknown';
      for (const { spans } of scopeSpans ?? [])
        for (const span of spans ?? [])
          this.spans.push({
            service,
            traceId: hex(span.traceId),
            spanId: hex(span.spanId),
            parentSpanId: span.parentSpanId ? hex(span.parentSpanId) : undefined,
            name: span.name,
            kind: span.kind,
            receivedAt: Date.now(),
          });
    }
  }
}

/** OTLP/JSON writes ids as hex; an exporter that sends them base64 (protobuf-style) is read too. */
function hex(id: string): string {
  return /^[0-9a-f]+$/.test(id) && (id.length === 32 || id.length === 16)
    ? id
    : Buffer.from(id, 'base64').toString('hex');
}
