import { DynamicModule, Module } from '@nestjs/common';
import { AuthModule } from '@vetlink/auth';
import { TOPICS } from '@vetlink/contracts';
import { HealthModule } from '@vetlink/health';
import { LoggerSettings, LoggingModule } from '@vetlink/logging';
import { KafkaReadiness, MessagingModule } from '@vetlink/messaging';
import { MongoReadiness, PersistenceModule } from '@vetlink/persistence';
import { PrivacyModule } from '@vetlink/privacy';
import { QueuesModule, RedisReadiness } from '@vetlink/queues';
import { NotificationsConfig, processRoleOf } from './config';
import { ContactsModule } from './contacts/contacts.module';
import { InboxModule } from './inbox/inbox.module';
import { NotificationsModule } from './notifications/notifications.module';
import { PreferencesModule } from './preferences/preferences.module';
import { ProgrammeNoticesModule } from './programme-notices/programme-notices.module';
import { SERVICE_NAME } from './service-name';
import { Clock, ClockModule } from '@vetlink/clock';
import { SettingsModule } from './shared/settings.module';
import { UnsubscribeModule } from './unsubscribe/unsubscribe.module';

export interface AppOptions {
  /** Where the service reads the time (tests set it to just before quiet hours end). */
  clock?: Clock;
  /** Where logs go (default stdout); tests capture them to prove no contact point is logged. */
  logDestination?: LoggerSettings['destination'];
  /** The event handlers' consumer group (tests pass their own). Renaming it replays the consumed topics. */
  consumerGroup?: string;
}

@Module({})
export class AppModule {
  static register(config: NotificationsConfig, options: AppOptions = {}): DynamicModule {
    const { service } = config;
    return {
      module: AppModule,
      imports: [
        LoggingModule.forRoot({
          service: SERVICE_NAME,
          level: service.LOG_LEVEL,
          destination: options.logDestination,
        }),
        AuthModule.forRoot(config.auth),
        PersistenceModule.forRoot({ uri: service.MONGODB_URI, database: service.MONGODB_DATABASE }),
        MessagingModule.forRoot({
          clientId: SERVICE_NAME,
          brokers: service.KAFKA_BROKERS,
          // Topics it publishes to; consumed ones follow from its @HandleEvent handlers.
          topics: [TOPICS.notifications],
          topicSettings: {
            partitions: service.KAFKA_TOPIC_PARTITIONS,
            replicationFactor: service.KAFKA_REPLICATION_FACTOR,
          },
          // `notifications.notify`: offsets and the processed-event ledger are keyed by it, never rename.
          consumer: { group: options.consumerGroup ?? 'notify' },
        }),
        QueuesModule.forRoot({
          redisUrl: service.REDIS_URL,
          prefix: service.QUEUE_PREFIX,
          role: processRoleOf(service),
          service: SERVICE_NAME,
        }),
        HealthModule.forRoot([KafkaReadiness, MongoReadiness, RedisReadiness]),
        ClockModule.forRoot(options.clock),
        SettingsModule.register(config),
        PreferencesModule,
        ContactsModule,
        InboxModule,
        NotificationsModule,
        ProgrammeNoticesModule,
        UnsubscribeModule,
        PrivacyModule.forRoot({ service: SERVICE_NAME }),
      ],
    };
  }
}
