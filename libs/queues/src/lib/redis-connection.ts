import Redis from 'ioredis';

/** A Redis connection fit for BullMQ: blocking commands must wait instead of failing after N retries. */
export function createRedisConnection(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, lazyConnect: false });
}
