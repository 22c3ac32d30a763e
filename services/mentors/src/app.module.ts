import { DynamicModule, Module } from '@nestjs/common';
import { AuthModule } from '@vetlink/auth';
import { Clock, ClockModule } from '@vetlink/clock';
import { MENTOR_TOPICS } from '@vetlink/contracts';
import { HealthModule } from '@vetlink/health';
import { LoggingModule } from '@vetlink/logging';
import { KafkaReadiness, MessagingModule } from '@vetlink/messaging';
import { MongoReadiness, PersistenceModule } from '@vetlink/persistence';
import { PrivacyModule } from '@vetlink/privacy';
import { QueuesModule, RedisReadiness } from '@vetlink/queues';
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
        LoggingModule.forRoot({ service: SERVICE_NAME, level: service.LOG_LEVEL }),
        AuthModule.forRoot(config.auth),
        ClockModule.forRoot(options.clock),
        SettingsModule.register(config),
        PersistenceModule.forRoot({ uri: service.MONGODB_URI, database: service.MONGODB_DATABASE }),
        MessagingModule.forRoot({
          clientId: SERVICE_NAME,
          brokers: service.KAFKA_BROKERS,
          // Topics it publishes to (TOPICS of @vetlink/contracts); consumed ones follow from its handlers.
          topics: [MENTOR_TOPICS.mentors, MENTOR_TOPICS.sessions],
          topicSettings: {
            partitions: service.KAFKA_TOPIC_PARTITIONS,
            replicationFactor: service.KAFKA_REPLICATION_FACTOR,
          },
          consumer: { group: options.consumerGroup ?? 'events' },
        }),
        QueuesModule.forRoot({
          redisUrl: service.REDIS_URL,
          prefix: service.QUEUE_PREFIX,
          role: service.PROCESS_ROLE,
          service: SERVICE_NAME,
        }),
        HealthModule.forRoot([KafkaReadiness, MongoReadiness, RedisReadiness]),
        // GET /personal-data/me and profiles.veteran-erased, over the VeteranDataHolders of sessions/.
        PrivacyModule.forRoot({ service: SERVICE_NAME }),
        MentorsModule,
        AvailabilityModule,
        SessionsModule,
        FindingModule,
        MatchesModule,
      ],
    };
  }
}
