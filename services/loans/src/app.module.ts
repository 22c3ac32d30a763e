import { DynamicModule, Module } from '@nestjs/common';
import { AuthModule } from '@vetlink/auth';
import { ClockModule } from '@vetlink/clock';
import { LOAN_TOPICS } from '@vetlink/contracts';
import { HealthModule } from '@vetlink/health';
import { LoggingModule } from '@vetlink/logging';
import { KafkaReadiness, MessagingModule } from '@vetlink/messaging';
import { MongoReadiness, PersistenceModule } from '@vetlink/persistence';
import { PrivacyModule } from '@vetlink/privacy';
import { LoansConfig } from './config';
import { InstallmentsModule } from './installments/installments.module';
import { LoansModule } from './loans/loans.module';
import { ProductsModule } from './products/products.module';
import { ReportsModule } from './reports/reports.module';
import { SERVICE_NAME } from './service-name';
import { VeteransModule } from './veterans/veterans.module';

export interface AppOptions {
  /** The event handlers' consumer group (tests pass their own). Renaming it replays the consumed topics. */
  consumerGroup?: string;
}

@Module({})
export class AppModule {
  static register(config: LoansConfig, options: AppOptions = {}): DynamicModule {
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
          // Topics it publishes to; consumed ones follow from its handlers.
          topics: [LOAN_TOPICS.loans],
          topicSettings: {
            partitions: service.KAFKA_TOPIC_PARTITIONS,
            replicationFactor: service.KAFKA_REPLICATION_FACTOR,
          },
          consumer: { group: options.consumerGroup ?? 'events' },
        }),
        HealthModule.forRoot([KafkaReadiness, MongoReadiness]),
        PrivacyModule.forRoot({ service: SERVICE_NAME }),
        VeteransModule,
        ProductsModule,
        LoansModule,
        InstallmentsModule.register({ intervalMs: service.LOAN_REVIEW_INTERVAL_MS }),
        ReportsModule,
      ],
    };
  }
}
