import { DynamicModule, Module } from '@nestjs/common';
import { platformModules } from '@vetlink/platform';
import { TrainingsConfig } from './config';
import { NotesModule } from './notes/notes.module';
import { SERVICE_NAME } from './service-name';

export interface AppOptions {
  /** The event handlers' consumer group (tests pass their own). Renaming it replays the consumed topics. */
  consumerGroup?: string;
}

@Module({})
export class AppModule {
  static register(config: TrainingsConfig, options: AppOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        // Logging, auth, clock, MongoDB, Kafka, /health and the veteran's export (GET /personal-data/me) and
        // erasure: give each collection naming a veteran a holder. Options for queues, more readiness
        // checks, a test's clock: libs/platform/README.md.
        ...platformModules({
          service: SERVICE_NAME,
          config,
          // Topics it publishes to (TOPICS of @vetlink/contracts); consumed ones follow from its handlers.
          publishes: [],
          consumerGroup: options.consumerGroup,
        }),
        NotesModule,
      ],
    };
  }
}
