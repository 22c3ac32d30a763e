import { Logger } from '@nestjs/common';
import type { Clock } from '@vetlink/clock';
import Redis from 'ioredis';
import { createHash } from 'node:crypto';
import { decide, RateDecision, RateLimits, windowStart } from './domain/rate-limits';
import { WindowTally } from './domain/window-tally';

/** How many counters one sync command carries. */
const SYNC_CHUNK = 500;

/**
 * Counts requests per user and per address in one-minute windows shared by every gateway instance
 * through Redis. A request is decided on this instance's tally at once (no Redis round trip on the
 * request's path: it cost more than the rest of the gateway together); every `syncIntervalMs` the
 * instance adds its counts to Redis and reads back every instance's totals. When Redis does not
 * answer, each instance goes on limiting by what it has seen (logged at most once a minute): the
 * limit protects the services, it must not take the whole API down with it.
 */
export class RateLimiter {
  private readonly logger = new Logger(RateLimiter.name);
  private readonly tally = new WindowTally();
  private readonly timer: NodeJS.Timeout;
  private syncing?: Promise<void>;
  private lastWarning = 0;

  constructor(
    private readonly redis: Redis,
    private readonly limits: RateLimits,
    private readonly keyPrefix: string,
    syncIntervalMs: number,
    private readonly clock: Clock,
  ) {
    this.timer = setInterval(() => void this.sync(), syncIntervalMs);
    this.timer.unref();
  }

  count(userId: string | undefined, address: string): RateDecision {
    const { window, resetSeconds } = windowStart(this.clock.now().getTime());
    const addressCount = this.tally.count(`${this.keyPrefix}:rate:a:${digest(address)}:${window}`, window);
    const userCount = userId
      ? this.tally.count(`${this.keyPrefix}:rate:u:${userId}:${window}`, window)
      : undefined;
    return decide(this.limits, {
      address: addressCount,
      ...(userCount === undefined ? {} : { user: userCount }),
      resetSeconds,
    });
  }

  /** Sends this instance's new counts and learns the shared totals; one sync at a time. */
  sync(): Promise<void> {
    this.syncing ??= this.sendCounts().finally(() => (this.syncing = undefined));
    return this.syncing;
  }

  /** Sends what is left; the limiter counts nothing afterwards. */
  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.sync();
  }

  private async sendCounts(): Promise<void> {
    const { window } = windowStart(this.clock.now().getTime());
    this.tally.prune(window);
    const deltas = this.tally.takeForSync(window);
    for (let start = 0; start < deltas.length; start += SYNC_CHUNK) {
      const chunk = deltas.slice(start, start + SYNC_CHUNK);
      try {
        const totals = (await this.redis.eval(
          ADD_SCRIPT,
          chunk.length,
          ...chunk.map(({ key }) => key),
          ...chunk.map(({ delta }) => delta),
        )) as number[];
        this.tally.settle(chunk, totals);
      } catch (error) {
        this.tally.restore(deltas.slice(start));
        this.warn(error as Error);
        return;
      }
    }
  }

  private warn(error: Error): void {
    const now = Date.now();
    if (now - this.lastWarning < 60_000) return;
    this.lastWarning = now;
    this.logger.warn(
      `rate counts not shared: Redis did not answer (${error.message}); limiting per instance`,
    );
  }
}

/**
 * Adds each instance's counts (INCRBY) and returns the totals, giving a new key its expiry just past
 * its window: one command for every counter of a sync.
 */
const ADD_SCRIPT = `
local totals = {}
for i, key in ipairs(KEYS) do
  local delta = tonumber(ARGV[i])
  local total = redis.call('INCRBY', key, delta)
  if total == delta then redis.call('EXPIRE', key, 61) end
  totals[i] = total
end
return totals`;

/** Addresses whose digest is remembered: a busy client sends from one address for its whole visit. */
const DIGESTS_KEPT = 10_000;
const digests = new Map<string, string>();

/**
 * Addresses are personal data: keys carry a digest. A SHA-256 per request cost as much as the rest of
 * the rate decision, so an address's digest is remembered (bounded: the oldest entry makes room).
 */
function digest(address: string): string {
  let known = digests.get(address);
  if (known === undefined) {
    known = createHash('sha256').update(address).digest('base64url').slice(0, 22);
    if (digests.size >= DIGESTS_KEPT) digests.delete(digests.keys().next().value as string);
    digests.set(address, known);
  }
  return known;
}
