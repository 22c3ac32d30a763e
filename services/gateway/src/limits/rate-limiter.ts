import { Logger } from '@nestjs/common';
import Redis from 'ioredis';
import { createHash } from 'node:crypto';
import { decide, RateDecision, RateLimits, windowStart } from './domain/rate-limits';

/**
 * Counts requests in Redis (one round trip: a script increments both counters). When Redis does
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
    const keys = [`${this.keyPrefix}:rate:a:${digest(address)}:${window}`];
    if (userId) keys.push(`${this.keyPrefix}:rate:u:${userId}:${window}`);
    try {
      const [address, user] = (await this.redis.eval(COUNT_SCRIPT, keys.length, ...keys)) as number[];
      return decide(this.limits, { address, ...(userId ? { user } : {}), resetSeconds });
    } catch (error) {
      if (nowMs - this.lastWarning > 60_000) {
        this.lastWarning = nowMs;
        this.logger.warn(`rate limits not applied: Redis did not answer (${(error as Error).message})`);
      }
      return undefined;
    }
  }
}

/**
 * Both counters in one command (one write and one read on the connection, which is most of what a
 * request costs the gateway): INCR each key, giving a new key its expiry just past the window.
 */
const COUNT_SCRIPT = `
local counts = {}
for i, key in ipairs(KEYS) do
  local count = redis.call('INCR', key)
  if count == 1 then redis.call('EXPIRE', key, 61) end
  counts[i] = count
end
return counts`;

/** Addresses are personal data: keys carry a digest. */
function digest(address: string): string {
  return createHash('sha256').update(address).digest('base64url').slice(0, 22);
}
