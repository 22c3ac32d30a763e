import { DynamicModule, Module } from '@nestjs/common';
import { Clock } from '@vetlink/clock';
import { MENTOR_TOPICS } from '@vetlink/contracts';
import { platformModules } from '@vetlink/platform';
import { AvailabilityModule } from './availability/availability.module';
import { MentorsConfig } from './config';
import { FindingModule } from './finding/finding.module';
import { MatchesModule } from './matches/matches.module';
import { MentorsModule } from './mentors/mentors.module';
import { SERVICE_NAME } from './service-name';
import { SessionsModule } from './sessions/sessions.module';
import { SettingsModule } from './settings.module';

export interface AppOptions {
  /** The event handlers' consumer group (tests pass their own). Renaming it replays the consumed topics. */
  consumerGroup?: string;
  /** Where the service reads the time (tests move it to just before a reminder is due). */
  clock?: Clock;
}

@Module({})
export class AppModule {
  static register(config: MentorsConfig, options: AppOptions = {}): DynamicModule {
    const { service } = config;
    return {
      module: AppModule,
      imports: [
        // GET /personal-data/me and profiles.veteran-erased come with it, over the VeteranDataHolders of sessions/.
        ...platformModules({
          service: SERVICE_NAME,
          config,
          publishes: [MENTOR_TOPICS.mentors, MENTOR_TOPICS.sessions],
          consumerGroup: options.consumerGroup,
          clock: options.clock,
          queues: {
            redisUrl: service.REDIS_URL,
            prefix: service.QUEUE_PREFIX,
            role: service.PROCESS_ROLE,
            service: SERVICE_NAME,
          },
        }),
        SettingsModule.register(config),
        MentorsModule,
        AvailabilityModule,
        SessionsModule,
        FindingModule,
        MatchesModule,
      ],
    };
  }
}
