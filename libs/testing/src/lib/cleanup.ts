import { Redis } from 'ioredis';
import mongoose from 'mongoose';
import { testEngines } from './engines';

/** Drops a test's own database, once the app under test stopped writing to it. */
export async function dropTestDatabase(database: string): Promise<void> {
  const connection = await mongoose.createConnection(testEngines.mongoUri, { dbName: database }).asPromise();
  try {
    await connection.dropDatabase();
  } finally {
    await connection.close();
  }
}

/** Deletes every Redis key under a test's own prefix (queues, counters), so runs leave nothing behind. */
export async function dropRedisKeys(prefix: string): Promise<void> {
  const redis = new Redis(testEngines.redisUrl, { maxRetriesPerRequest: null });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    await redis.quit();
  }
}
