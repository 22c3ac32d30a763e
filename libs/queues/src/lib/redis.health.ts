import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { ReadinessIndicator, withTimeout } from '@vetlink/health';
import Redis from 'ioredis';
import { REDIS } from './tokens';

/** Ready when Redis answers PING. */
@Injectable()
export class RedisReadiness implements ReadinessIndicator {
  constructor(
    private readonly indicators: HealthIndicatorService,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  async isReady() {
    const indicator = this.indicators.check('redis');
    try {
      await withTimeout(this.redis.ping(), 2000, 'redis');
      return indicator.up();
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }
}
