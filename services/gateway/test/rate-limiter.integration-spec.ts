import { AdjustableClock } from '@vetlink/clock';
import { dropRedisKeys, testEngines, uniqueName } from '@vetlink/testing';
import Redis from 'ioredis';
import { RateLimiter } from '../src/limits/rate-limiter';
import { moveToNextWindow } from './rate-window';

const limits = { perUserPerMinute: 5, perAddressPerMinute: 1000 };

describe('rate limiter: counts shared by gateway instances through the real Redis', () => {
  const prefix = uniqueName('it-gw-rate')
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '-')
    .slice(0, 40);
  const connections: Redis[] = [];
  const limiters: RateLimiter[] = [];
  const clock = new AdjustableClock();

  beforeEach(() => moveToNextWindow(clock));

  /** A limiter as one gateway instance has it (syncing only when the test says); offline: Redis never answers. */
  async function instance(online = true): Promise<{ limiter: RateLimiter; redis: Redis }> {
    const redis = new Redis(testEngines.redisUrl, { lazyConnect: true, enableOfflineQueue: false });
    connections.push(redis);
    if (online) await redis.connect();
    const limiter = new RateLimiter(redis, limits, prefix, 60_000, clock);
    limiters.push(limiter);
    return { limiter, redis };
  }

  afterAll(async () => {
    for (const limiter of limiters) await limiter.close();
    for (const redis of connections) redis.disconnect();
    await dropRedisKeys(prefix);
  });

  it('refuses a user on one instance once the instances together reach the limit', async () => {
    const [{ limiter: a }, { limiter: b }] = [await instance(), await instance()];
    const user = uniqueName('busy');
    expect([1, 2, 3].map(() => a.count(user, '10.0.0.1').allowed)).toEqual([true, true, true]);
    expect([1, 2].map(() => b.count(user, '10.0.0.2').allowed)).toEqual([true, true]);
    await Promise.all([a.sync(), b.sync()]);
    await b.sync();
    // Five counted between them: the sixth is refused on either instance, naming the user's limit.
    expect(b.count(user, '10.0.0.2')).toMatchObject({ allowed: false, by: 'user', limit: 5 });
    await a.sync();
    expect(a.count(user, '10.0.0.1')).toMatchObject({ allowed: false, by: 'user', remaining: 0 });
    // Another user is not touched.
    expect(a.count(uniqueName('calm'), '10.0.0.1')).toMatchObject({ allowed: true, remaining: 4 });
  });

  it('writes each count to Redis once, with an expiry past the window', async () => {
    const { limiter, redis } = await instance();
    const user = uniqueName('once');
    limiter.count(user, '10.0.0.3');
    limiter.count(user, '10.0.0.3');
    await limiter.sync();
    await limiter.sync();
    const [key] = await redis.keys(`${prefix}:rate:u:${user}:*`);
    expect(await redis.get(key as string)).toBe('2');
    const ttl = await redis.ttl(key as string);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(61);
  });

  it('goes on limiting by its own counts while Redis does not answer', async () => {
    const { limiter } = await instance(false);
    const user = uniqueName('offline');
    const decisions = [1, 2, 3, 4, 5, 6].map(() => limiter.count(user, '10.0.0.4').allowed);
    await limiter.sync();
    expect(decisions).toEqual([true, true, true, true, true, false]);
    expect(limiter.count(user, '10.0.0.4').allowed).toBe(false);
  });
});
