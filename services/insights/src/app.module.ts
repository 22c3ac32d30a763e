import { DynamicModule, Module } from '@nestjs/common';
import { AuthModule } from '@vetlink/auth';
import { ClockModule } from '@vetlink/clock';
import { HealthModule } from '@vetlink/health';
import { LoggingModule } from '@vetlink/logging';
import { KafkaReadiness, MessagingModule } from '@vetlink/messaging';
import { MongoReadiness, PersistenceModule } from '@vetlink/persistence';
import { PrivacyModule } from '@vetlink/privacy';
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
    const { service } = config;
    return {
      module: AppModule,
      imports: [
        LoggingModule.forRoot({ service: SERVICE_NAME, level: service.LOG_LEVEL }),
        AuthModule.forRoot(config.auth),
        ClockModule.forRoot(),
        PersistenceModule.forRoot({ uri: service.MONGODB_URI, database: service.MONGODB_DATABASE }),
        MessagingModule.forRoot({
          clientId: SERVICE_NAME,
          brokers: service.KAFKA_BROKERS,
          // Topics it publishes to (TOPICS of @vetlink/contracts); consumed ones follow from its handlers.
          topics: [],
          topicSettings: {
            partitions: service.KAFKA_TOPIC_PARTITIONS,
            replicationFactor: service.KAFKA_REPLICATION_FACTOR,
          },
          consumer: { group: options.consumerGroup ?? 'events' },
        }),
        HealthModule.forRoot([KafkaReadiness, MongoReadiness]),
        // Tallies hold counts by place and day, never a veteran: nothing to export or erase.
        PrivacyModule.forRoot({ service: SERVICE_NAME }),
        FiguresModule,
      ],
    };
  }
}
