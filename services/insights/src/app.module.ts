import { DynamicModule, Module } from '@nestjs/common';
import { platformModules } from '@vetlink/platform';
import { InsightsConfig } from './config';
import { FiguresModule } from './figures/figures.module';
import { SERVICE_NAME } from './service-name';

export interface AppOptions {
  /** The event handlers' consumer group (tests pass their own). Renaming it replays the consumed topics. */
  consumerGroup?: string;
}

@Module({})
export class AppModule {
  static register(config: InsightsConfig, options: AppOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        // Publishes nothing. Tallies hold counts by place, day and course, never a veteran; the memory that
        // pairs a veteran's course completions with their hires does name them, and is exported and erased
        // through the privacy module (figures.module.ts).
        ...platformModules({
          service: SERVICE_NAME,
          config,
          publishes: [],
          consumerGroup: options.consumerGroup,
        }),
        FiguresModule,
      ],
    };
  }
}
