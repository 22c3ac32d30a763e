import { Logger } from '@nestjs/common';
import Redis from 'ioredis';
import { createHash } from 'node:crypto';
import { decide, RateDecision, RateLimits, windowStart } from './domain/rate-limits';

/**
 * Counts requests in Redis (one round trip: INCR and EXPIRE per counter in one MULTI). When Redis does
 * not answer, requests pass uncounted (logged at most once a minute): the limit protects the services,
 * it must not take the whole API down with it.
 */
export class RateLimiter {
  private readonly logger = new Logger(RateLimiter.name);
  private lastWarning = 0;

  constructor(
    private readonly redis: Redis,
    private readonly limits: RateLimits,
    private readonly keyPrefix: string,
  ) {}

  async count(
    userId: string | undefined,
    address: string,
    nowMs = Date.now(),
  ): Promise<RateDecision | undefined> {
    const { window, resetSeconds } = windowStart(nowMs);
    const addressKey = `${this.keyPrefix}:rate:a:${digest(address)}:${window}`;
    const multi = this.redis.multi().incr(addressKey).expire(addressKey, 61);
    const userKey = userId ? `${this.keyPrefix}:rate:u:${userId}:${window}` : undefined;
    if (userKey) multi.incr(userKey).expire(userKey, 61);
    try {
      const replies = (await multi.exec()) ?? [];
      const address = Number(replies[0]?.[1]);
      const user = userKey ? Number(replies[2]?.[1]) : undefined;
      return decide(this.limits, { address, ...(user !== undefined ? { user } : {}), resetSeconds });
    } catch (error) {
      if (nowMs - this.lastWarning > 60_000) {
        this.lastWarning = nowMs;
        this.logger.warn(`rate limits not applied: Redis did not answer (${(error as Error).message})`);
      }
      return undefined;
    }
  }
}

/** Addresses are personal data: keys carry a digest. */
function digest(address: string): string {
  return createHash('sha256').update(address).digest('base64url').slice(0, 22);
}
