import { DynamicModule, Module } from '@nestjs/common';
import { AuthModule } from '@vetlink/auth';
import { ClockModule } from '@vetlink/clock';
import { HealthModule } from '@vetlink/health';
import { LoggingModule } from '@vetlink/logging';
import { KafkaReadiness, MessagingModule } from '@vetlink/messaging';
import { MongoReadiness, PersistenceModule } from '@vetlink/persistence';
import { PrivacyModule } from '@vetlink/privacy';
import { RedisReadiness } from '@vetlink/queues';
import { AccountsModule } from './accounts/accounts.module';
import { AccountsConfig } from './config';
import { CredentialsModule } from './credentials.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { SERVICE_NAME } from './service-name';
import { SessionsModule } from './sessions/sessions.module';

export interface AppOptions {
  /** The event handlers' consumer group (tests pass their own). Renaming it replays the consumed topics. */
  consumerGroup?: string;
}

@Module({})
export class AppModule {
  static register(config: AccountsConfig, options: AppOptions = {}): DynamicModule {
    const { service } = config;
    return {
      module: AppModule,
      imports: [
        LoggingModule.forRoot({ service: SERVICE_NAME, level: service.LOG_LEVEL }),
        AuthModule.forRoot(config.auth),
        ClockModule.forRoot(),
        PersistenceModule.forRoot({ uri: service.MONGODB_URI, database: service.MONGODB_DATABASE }),
        // Accounts publishes nothing yet; the consumer is there for the veterans' erasure (PrivacyModule).
        MessagingModule.forRoot({
          clientId: SERVICE_NAME,
          brokers: service.KAFKA_BROKERS,
          topics: [],
          topicSettings: {
            partitions: service.KAFKA_TOPIC_PARTITIONS,
            replicationFactor: service.KAFKA_REPLICATION_FACTOR,
          },
          consumer: { group: options.consumerGroup ?? 'events' },
        }),
        CredentialsModule.forRoot(config),
        HealthModule.forRoot([KafkaReadiness, MongoReadiness, RedisReadiness]),
        PrivacyModule.forRoot({ service: SERVICE_NAME }),
        AccountsModule,
        SessionsModule,
        OrganisationsModule,
      ],
    };
  }
}
