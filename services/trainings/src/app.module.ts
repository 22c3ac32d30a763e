import { DynamicModule, Module } from '@nestjs/common';
import { Clock } from '@vetlink/clock';
import { TRAINING_TOPICS } from '@vetlink/contracts';
import { IdempotencyModule } from '@vetlink/http';
import { platformModules } from '@vetlink/platform';
import { TrainingsConfig } from './config';
import { CoursesModule } from './courses/courses.module';
import { EnrolmentsModule } from './enrolments/enrolments.module';
import { RemindersModule } from './reminders/reminders.module';
import { SERVICE_NAME } from './service-name';
import { SkillGapsModule } from './skill-gaps/skill-gaps.module';

export interface AppOptions {
  /** The event handlers' consumer group (tests pass their own). Renaming it replays the consumed topics. */
  consumerGroup?: string;
  /** Where the service reads the time (tests move it past a run's start to record completion). */
  clock?: Clock;
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
          publishes: [TRAINING_TOPICS.runs, TRAINING_TOPICS.enrolments],
          consumerGroup: options.consumerGroup,
          clock: options.clock,
          queues: {
            redisUrl: config.service.REDIS_URL,
            prefix: config.service.QUEUE_PREFIX,
            role: config.service.PROCESS_ROLE,
            service: SERVICE_NAME,
          },
        }),
        // Idempotency-Key on the routes marked @Idempotent (recording a run held already).
        IdempotencyModule,
        RemindersModule.register(config),
        CoursesModule,
        EnrolmentsModule,
        SkillGapsModule,
      ],
    };
  }
}
