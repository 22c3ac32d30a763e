import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** The id that ties one user action together across HTTP requests, logs and the events it causes. */
export const CORRELATION_HEADER = 'x-correlation-id';

const storage = new AsyncLocalStorage<{ correlationId: string }>();
const WELL_FORMED = /^[A-Za-z0-9._:-]{8,128}$/;

export function currentCorrelationId(): string | undefined {
  return storage.getStore()?.correlationId;
}

export function runWithCorrelationId<T>(correlationId: string, work: () => T): T {
  return storage.run({ correlationId }, work);
}

/** Accepts a caller's id only when it is well formed, so a header cannot inject junk into logs. */
export function correlationIdFrom(header: string | string[] | undefined): string {
  const candidate = Array.isArray(header) ? header[0] : header;
  return candidate && WELL_FORMED.test(candidate) ? candidate : randomUUID();
}
