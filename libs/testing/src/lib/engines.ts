import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The launcher's local Redis URL, with the password it was started with (deploy/local/engines/redis.sh
 * writes it to .vetlink/run/redis.url); a Redis started before passwords has none.
 */
function launcherRedisUrl(): string {
  const home = process.env['VETLINK_HOME'] ?? resolve(__dirname, '../../../../.vetlink');
  try {
    return readFileSync(join(home, 'run/redis.url'), 'utf8').trim();
  } catch {
    return 'redis://127.0.0.1:6379';
  }
}

/** Where integration tests find the real engines: the launcher's local ones unless the env points elsewhere. */
export const testEngines = {
  kafkaBrokers: (process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(','),
  mongoUri: process.env['MONGODB_URI'] ?? 'mongodb://127.0.0.1:27017/?maxPoolSize=1',
  redisUrl: process.env['REDIS_URL'] ?? launcherRedisUrl(),
};

/** A name no other test run uses: for databases, topics, consumer groups and queues. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
}
