import { randomUUID } from 'node:crypto';

type Json = Record<string, unknown>;

/** A caller of one service's HTTP API with one bearer token; any answer but 2xx stops the run, quoting it. */
export class ApiClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  get(path: string): Promise<Json> {
    return this.send('GET', path);
  }

  post(path: string, body: unknown): Promise<Json> {
    return this.send('POST', path, body);
  }

  put(path: string, body: unknown): Promise<Json> {
    return this.send('PUT', path, body);
  }

  private async send(method: string, path: string, body?: unknown): Promise<Json> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${this.token}`,
        ...(body === undefined
          ? {}
          : { 'content-type': 'application/json', 'idempotency-key': randomUUID() }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(60_000),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 600)}`);
    return text ? (JSON.parse(text) as Json) : {};
  }
}
