import { randomBytes } from 'node:crypto';

/** Where integration tests find the real engines: the launcher's local ones unless the env points elsewhere. */
export const testEngines = {
  kafkaBrokers: (process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(','),
  mongoUri: process.env['MONGODB_URI'] ?? 'mongodb://127.0.0.1:27017/?maxPoolSize=1',
  redisUrl: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
};

/** A name no other test run uses: for databases, topics, consumer groups and queues. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
}
