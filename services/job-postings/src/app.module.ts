import { DynamicModule, Module } from '@nestjs/common';
import { AuthModule } from '@vetlink/auth';
import { IdempotencyModule } from '@vetlink/http';
import { ClockModule } from '@vetlink/clock';
import { TOPICS } from '@vetlink/contracts';
import { HealthModule } from '@vetlink/health';
import { LoggingModule } from '@vetlink/logging';
import { KafkaReadiness, MessagingModule } from '@vetlink/messaging';
import { MongoReadiness, PersistenceModule, PersonalDataModule } from '@vetlink/persistence';
import { PrivacyModule } from '@vetlink/privacy';
import { QueuesModule, RedisReadiness } from '@vetlink/queues';
import { ApplicationsModule } from './applications/applications.module';
import { JobPostingsConfig } from './config';
import { EmployersModule } from './employers/employers.module';
import { ExpiryModule } from './expiry/expiry.module';
import { PostingsModule } from './postings/postings.module';
import { SERVICE_NAME } from './service-name';
import { SweepSettingsModule } from './shared/sweep-settings';

export { SERVICE_NAME } from './service-name';

export interface AppOptions {
  /** The event handlers' consumer group (tests pass their own). Renaming it replays the consumed topics. */
  consumerGroup?: string;
}

@Module({})
export class AppModule {
  static register(config: JobPostingsConfig, options: AppOptions = {}): DynamicModule {
    const { service } = config;
    return {
      module: AppModule,
      imports: [
        LoggingModule.forRoot({ service: SERVICE_NAME, level: service.LOG_LEVEL }),
        AuthModule.forRoot(config.auth),
        PersistenceModule.forRoot({ uri: service.MONGODB_URI, database: service.MONGODB_DATABASE }),
        IdempotencyModule,
        PersonalDataModule.forRoot(config.personalData.keyring),
        MessagingModule.forRoot({
          clientId: SERVICE_NAME,
          brokers: service.KAFKA_BROKERS,
          topics: [TOPICS.jobPostings, TOPICS.jobApplications],
          topicSettings: {
            partitions: service.KAFKA_TOPIC_PARTITIONS,
            replicationFactor: service.KAFKA_REPLICATION_FACTOR,
          },
          consumer: { group: options.consumerGroup ?? 'events' },
        }),
        QueuesModule.forRoot({ redisUrl: service.REDIS_URL }),
        HealthModule.forRoot([KafkaReadiness, MongoReadiness, RedisReadiness]),
        ClockModule.forRoot(),
        SweepSettingsModule.register({ intervalMs: service.JOB_SWEEP_INTERVAL_MS }),
        EmployersModule,
        PostingsModule,
        ApplicationsModule,
        PrivacyModule.forRoot({ service: SERVICE_NAME }),
        ExpiryModule,
      ],
    };
  }
}
