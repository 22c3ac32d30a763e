import type { HealthIndicatorResult } from '@nestjs/terminus';

/** One engine a service cannot serve without; each adapter lib provides its own. */
export interface ReadinessIndicator {
  isReady(): Promise<HealthIndicatorResult>;
}

/** Bounds a readiness check so that a hung engine reads as down instead of hanging the probe. */
export function withTimeout<T>(work: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${timeoutMs} ms`)), timeoutMs);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
