export { QueuesModule } from './lib/queues.module';
export { RedisReadiness } from './lib/redis.health';
export { createRedisConnection } from './lib/redis-connection';
export { REDIS } from './lib/tokens';
export { defineQueue } from './lib/queue-definition';
export type {
  JobMap,
  JobName,
  QueueDefinition,
  QueueDefinitionOptions,
  QueueIdentity,
} from './lib/queue-definition';
export { AfterLastAttempt, ProcessJob } from './lib/job-handler.decorators';
export type { QueueRegistrationOptions, QueueWorkerOptions } from './lib/queue-registration';
export { QueueRegistry } from './lib/queue-registry';
export { QueueClient } from './lib/queue-client';
export type { BulkJob } from './lib/queue-client';
export { QueueSetupError } from './lib/handler-table';
export type { QueuesSettings } from './lib/queues-settings';
// What handlers use of BullMQ, so that services name no queue library of their own.
export { DelayedError, UnrecoverableError } from 'bullmq';
export type { Job } from 'bullmq';
