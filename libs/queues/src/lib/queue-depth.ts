import type { QueueJobsReading, QueueJobState } from '@vetlink/metrics';
import type Redis from 'ioredis';
import { randomUUID } from 'node:crypto';

/** What BullMQ's getJobCounts answers, for the states reported. */
export type JobCounts = Record<string, number>;

/** BullMQ keeps prioritized jobs apart from waiting ones; both wait for a worker. */
export function depthReadings(queue: string, counts: JobCounts): QueueJobsReading[] {
  const states: Record<QueueJobState, number> = {
    waiting: (counts['waiting'] ?? 0) + (counts['prioritized'] ?? 0),
    active: counts['active'] ?? 0,
    delayed: counts['delayed'] ?? 0,
    failed: counts['failed'] ?? 0,
  };
  return Object.entries(states).map(([state, value]) => ({ labels: { queue, state }, value }));
}

/** How long the reporter's claim lasts without a scrape renewing it. */
const REPORTER_CLAIM_MS = 60_000;

/**
 * A queue's depth is the same whichever process reads it, and autoscaling sums the series over pods:
 * so only one process of the service reports it, the one holding a claim in Redis (taken when free,
 * kept by renewing it on each scrape; another process takes over within a minute of it going away).
 */
export class DepthReporterClaim {
  private readonly id = randomUUID();

  constructor(
    private readonly redis: Redis,
    private readonly key: string,
  ) {}

  async held(): Promise<boolean> {
    if ((await this.redis.set(this.key, this.id, 'PX', REPORTER_CLAIM_MS, 'NX')) === 'OK') return true;
    if ((await this.redis.get(this.key)) !== this.id) return false;
    await this.redis.pexpire(this.key, REPORTER_CLAIM_MS);
    return true;
  }

  async release(): Promise<void> {
    if ((await this.redis.get(this.key)) === this.id) await this.redis.del(this.key);
  }
}
