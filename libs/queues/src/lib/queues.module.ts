import { DynamicModule, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { createRedisConnection } from './redis-connection';
import { REDIS } from './tokens';

@Module({})
export class QueuesModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  static forRoot(settings: { redisUrl: string }): DynamicModule {
    return {
      module: QueuesModule,
      global: true,
      providers: [{ provide: REDIS, useFactory: () => createRedisConnection(settings.redisUrl) }],
      exports: [REDIS],
    };
  }

  async onApplicationShutdown() {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
