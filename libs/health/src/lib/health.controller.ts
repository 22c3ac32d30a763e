import { Controller, Get, Inject } from '@nestjs/common';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { Public } from '@vetlink/auth';
import { ReadinessIndicator } from './readiness-indicator';

export const READINESS_INDICATORS = Symbol('READINESS_INDICATORS');

@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    @Inject(READINESS_INDICATORS) private readonly indicators: ReadinessIndicator[],
  ) {}

  /** The process is alive and serving HTTP; says nothing about its engines. */
  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /** Every engine this service needs answers a real request (503 otherwise). */
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check(this.indicators.map((indicator) => () => indicator.isReady()));
  }
}
