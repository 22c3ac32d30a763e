import { DynamicModule, Module } from '@nestjs/common';
import { MetricsController } from './metrics.controller';
import { nameProcessMetrics } from './process-registry';
// Registers every agreed series, so that each process exposes all their names (at zero) from its start.
import './recorders';

/** `/metrics` for the process, every series labelled with the service's name. */
@Module({})
export class MetricsModule {
  static forRoot({ service }: { service: string }): DynamicModule {
    nameProcessMetrics(service);
    return { module: MetricsModule, controllers: [MetricsController] };
  }
}
