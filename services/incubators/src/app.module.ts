import { DynamicModule, Module } from '@nestjs/common';
import { INCUBATOR_TOPICS } from '@vetlink/contracts';
import { platformModules } from '@vetlink/platform';
import { IncubatorsConfig } from './config';
import { ApplicationsModule } from './applications/applications.module';
import { BasesModule } from './bases/bases.module';
import { SERVICE_NAME } from './service-name';
import { VeteransModule } from './veterans/veterans.module';

export interface AppOptions {
  /** The event handlers' consumer group (tests pass their own). Renaming it replays the consumed topics. */
  consumerGroup?: string;
}

@Module({})
export class AppModule {
  static register(config: IncubatorsConfig, options: AppOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        // A veteran's export (GET /personal-data/me) and erasure come with it: each collection naming a
        // veteran has a holder.
        ...platformModules({
          service: SERVICE_NAME,
          config,
          publishes: [INCUBATOR_TOPICS.startups],
          consumerGroup: options.consumerGroup,
        }),
        VeteransModule,
        BasesModule,
        ApplicationsModule,
      ],
    };
  }
}
