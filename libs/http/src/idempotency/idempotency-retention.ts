import { Inject, Injectable } from '@nestjs/common';
import { Clock, CLOCK } from '@vetlink/clock';
import { PeriodicTask, PeriodicTaskHandler } from '@vetlink/periodic-tasks';
import { IdempotencyStore } from './idempotency.store';

/** How long a key is remembered: a client's retries come within minutes, a day is ample. */
export const IDEMPOTENCY_RETENTION_MS = 24 * 3600 * 1000;

/** Forgets keys older than the retention (FerretDB has no TTL index: expiry is a job). */
@PeriodicTask({ name: 'idempotency-retention' })
@Injectable()
export class IdempotencyRetention implements PeriodicTaskHandler {
  readonly intervalMs = 3600 * 1000;

  constructor(
    private readonly store: IdempotencyStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async run(): Promise<void> {
    await this.store.forgetBefore(new Date(this.clock.now().getTime() - IDEMPOTENCY_RETENTION_MS));
  }
}
