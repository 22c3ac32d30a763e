/**
 * A small HTTP client for the services' public APIs: JSON in and out, retries what is worth retrying
 * (5xx, 429, connection resets and refusals, timeouts) with exponential backoff, and turns any other
 * 4xx into a ClientError that names the request and quotes the service's message.
 */
export class ClientError extends Error {
  constructor(
    readonly method: string,
    readonly url: string,
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`${method} ${url} answered ${status}: ${describeBody(body)}`);
    this.name = 'ClientError';
  }
}

export class GaveUpError extends Error {
  constructor(method: string, url: string, attempts: number, last: string) {
    super(`${method} ${url} still failing after ${attempts} attempts (last: ${last})`);
    this.name = 'GaveUpError';
  }
}

export interface Response<Body> {
  status: number;
  body: Body;
}

export interface RequestOptions {
  authorization?: string;
  body?: unknown;
  /** 4xx statuses the caller handles itself (e.g. 409 when the thing exists already). */
  accept?: readonly number[];
}

const RETRYABLE_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
]);

export class PlatformClient {
  retries = 0;
  requests = 0;

  constructor(
    private readonly options: { attempts?: number; timeoutMs?: number; baseDelayMs?: number } = {},
  ) {}

  async request<Body = unknown>(
    method: string,
    url: string,
    options: RequestOptions = {},
  ): Promise<Response<Body>> {
    const attempts = this.options.attempts ?? 7;
    let last = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
      if (attempt > 1) {
        this.retries++;
        const delay = (this.options.baseDelayMs ?? 250) * 2 ** (attempt - 2);
        await sleep(delay * (0.75 + Math.random() * 0.5)); // jitter only spreads retries; the data stays seeded
      }
      this.requests++;
      let response: globalThis.Response;
      try {
        response = await fetch(url, {
          method,
          headers: {
            accept: 'application/json',
            ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
            ...(options.authorization ? { authorization: options.authorization } : {}),
          },
          ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
          signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
        });
      } catch (error) {
        const code = networkErrorCode(error);
        if (code && (RETRYABLE_CODES.has(code) || code === 'TimeoutError')) {
          last = code;
          continue;
        }
        throw error;
      }
      const text = await response.text();
      const body = text ? safeJson(text) : undefined;
      if (response.status >= 500 || response.status === 429) {
        last = `${response.status} ${describeBody(body)}`;
        continue;
      }
      if (response.status >= 400 && !options.accept?.includes(response.status)) {
        throw new ClientError(method, url, response.status, body);
      }
      return { status: response.status, body: body as Body };
    }
    throw new GaveUpError(method, url, attempts, last);
  }
}

function networkErrorCode(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  if (error.name === 'TimeoutError' || error.name === 'AbortError') return 'TimeoutError';
  const cause = (error as { cause?: { code?: string } }).cause;
  return cause?.code ?? (error as { code?: string }).code;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function describeBody(body: unknown): string {
  if (body && typeof body === 'object') {
    // The services answer { statusCode, error, message }; for validation the message lists every field.
    const { message, issues } = body as { message?: unknown; issues?: unknown };
    if (typeof message === 'string') return message.slice(0, 2000);
    if (issues !== undefined) return JSON.stringify(issues).slice(0, 2000);
  }
  return String(body ?? '').slice(0, 2000);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
