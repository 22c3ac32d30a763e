import { DynamicModule, Module } from '@nestjs/common';
import { AuthModule } from '@vetlink/auth';
import { ClockModule } from '@vetlink/clock';
import { HealthModule } from '@vetlink/health';
import { LoggingModule } from '@vetlink/logging';
import { INCUBATOR_TOPICS } from '@vetlink/contracts';
import { KafkaReadiness, MessagingModule } from '@vetlink/messaging';
import { MongoReadiness, PersistenceModule } from '@vetlink/persistence';
import { PrivacyModule } from '@vetlink/privacy';
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
          topics: [INCUBATOR_TOPICS.startups],
          topicSettings: {
            partitions: service.KAFKA_TOPIC_PARTITIONS,
            replicationFactor: service.KAFKA_REPLICATION_FACTOR,
          },
          consumer: { group: options.consumerGroup ?? 'events' },
        }),
        HealthModule.forRoot([KafkaReadiness, MongoReadiness]),
        // A veteran's export (GET /personal-data/me) and erasure: give each collection naming a veteran a holder.
        PrivacyModule.forRoot({ service: SERVICE_NAME }),
        VeteransModule,
        BasesModule,
        ApplicationsModule,
      ],
    };
  }
}
