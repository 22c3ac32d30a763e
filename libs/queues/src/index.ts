export { QueuesModule } from './lib/queues.module';
export { RedisReadiness } from './lib/redis.health';
export { createRedisConnection } from './lib/redis-connection';
export { REDIS } from './lib/tokens';
