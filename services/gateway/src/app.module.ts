import { DynamicModule, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { platformModules } from '@vetlink/platform';
import { REDIS, RedisReadiness } from '@vetlink/queues';
import Redis from 'ioredis';
import { GatewayConfig } from './config';
import { SERVICE_NAME } from './service-name';

/** The gateway's Redis (rate counters): one retry and a 1 s bound, so a missing Redis never stalls requests. */
@Module({})
class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  static forRoot(url: string): DynamicModule {
    return {
      module: RedisModule,
      global: true,
      providers: [
        {
          provide: REDIS,
          useFactory: () => new Redis(url, { maxRetriesPerRequest: 1, commandTimeout: 1000 }),
        },
      ],
      exports: [REDIS],
    };
  }

  async onApplicationShutdown() {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

/**
 * Nest carries the gateway's logging and health routes; the routing itself is one Express middleware
 * (`edge/gateway-edge.ts`) installed in `gateway-app.ts`, so that bodies stream through untouched.
 */
@Module({})
export class AppModule {
  static register(config: GatewayConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        // Keeps no data and consumes no events: no MongoDB, Kafka, token guard or privacy module.
        ...platformModules({ service: SERVICE_NAME, config, edge: true, readiness: [RedisReadiness] }),
        RedisModule.forRoot(config.service.REDIS_URL),
      ],
    };
  }
}
