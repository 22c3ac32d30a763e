import { Controller, Get, Inject, OnModuleDestroy } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { Public } from '@vetlink/auth';
import { ReadinessIndicator } from './readiness-indicator';

export const READINESS_INDICATORS = Symbol('READINESS_INDICATORS');

@Public()
@Controller('health')
export class HealthController implements OnModuleDestroy {
  private shuttingDown = false;

  constructor(
    private readonly health: HealthCheckService,
    private readonly checks: HealthIndicatorService,
    @Inject(READINESS_INDICATORS) private readonly indicators: ReadinessIndicator[],
  ) {}

  /** From the first step of a shutdown, so that the load balancer sends no new request while it drains. */
  onModuleDestroy(): void {
    this.shuttingDown = true;
  }

  /** The process is alive and serving HTTP; says nothing about its engines. */
  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /** Every engine this service needs answers a real request, and it is not shutting down (503 otherwise). */
  @Get('ready')
  @HealthCheck()
  ready() {
    if (this.shuttingDown) {
      return this.health.check([async () => this.checks.check('process').down({ message: 'shutting down' })]);
    }
    return this.health.check(this.indicators.map((indicator) => () => indicator.isReady()));
  }
}
