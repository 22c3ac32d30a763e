import { DynamicModule, Module, Type } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController, READINESS_INDICATORS } from './health.controller';
import { ReadinessIndicator } from './readiness-indicator';

/** `/health/live` and `/health/ready`, the latter checking exactly the engines the service names. */
@Module({})
export class HealthModule {
  static forRoot(indicators: Type<ReadinessIndicator>[]): DynamicModule {
    return {
      module: HealthModule,
      imports: [TerminusModule.forRoot({ errorLogStyle: 'json', logger: false })],
      controllers: [HealthController],
      providers: [
        ...indicators,
        {
          provide: READINESS_INDICATORS,
          useFactory: (...instances: ReadinessIndicator[]) => instances,
          inject: indicators,
        },
      ],
    };
  }
}
