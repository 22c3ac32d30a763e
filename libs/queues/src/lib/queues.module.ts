import { DynamicModule, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import Redis from 'ioredis';
import type { QueueIdentity } from './queue-definition';
import { QueueRegistrationModule, QueueRegistrationOptions } from './queue-registration';
import { QueueRegistry } from './queue-registry';
import { QUEUES_SETTINGS, QueuesSettings } from './queues-settings';
import { createRedisConnection } from './redis-connection';
import { REDIS } from './tokens';

@Module({})
export class QueuesModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  /** The service's Redis connection and its queue registry, for every module. */
  static forRoot(settings: QueuesSettings): DynamicModule {
    return {
      module: QueuesModule,
      global: true,
      imports: [DiscoveryModule],
      providers: [
        { provide: REDIS, useFactory: () => createRedisConnection(settings.redisUrl) },
        { provide: QUEUES_SETTINGS, useValue: settings },
        QueueRegistry,
      ],
      exports: [REDIS, QueueRegistry],
    };
  }

  /** Declares a queue this module uses (produces to, handles, or both), with its worker's settings. */
  static registerQueue(queue: QueueIdentity, options?: QueueRegistrationOptions): DynamicModule {
    return QueueRegistrationModule.register(queue, options);
  }

  async onApplicationShutdown() {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
