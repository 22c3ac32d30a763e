import { DynamicModule, Module } from '@nestjs/common';
import { AuthModule } from '@vetlink/auth';
import { IdempotencyModule } from '@vetlink/http';
import { ClockModule } from '@vetlink/clock';
import { TOPICS } from '@vetlink/contracts';
import { HealthModule } from '@vetlink/health';
import { LoggerSettings, LoggingModule } from '@vetlink/logging';
import { KafkaReadiness, MessagingModule } from '@vetlink/messaging';
import { MongoReadiness, PersistenceModule, PersonalDataModule } from '@vetlink/persistence';
import { PrivacyModule } from '@vetlink/privacy';
import { CivilianViewModule } from './civilian-view/civilian-view.module';
import { CompletenessModule } from './completeness/completeness.module';
import { ConsentsModule } from './consents/consents.module';
import { ErasureModule } from './erasure/erasure.module';
import { IdentityDisclosuresModule } from './identity-disclosures/identity-disclosures.module';
import { SkillsProfilesConfig } from './config';
import { IdentityProtectionModule } from './personal-data/identity-protection.module';
import { ProfilesModule } from './profiles/profiles.module';
import { SERVICE_NAME } from './service-name';

export interface AppOptions {
  /** Where logs go (default stdout); tests capture them to prove no personal data is logged. */
  logDestination?: LoggerSettings['destination'];
  /** The event handlers' consumer group (tests pass their own). Renaming it replays the consumed topics. */
  consumerGroup?: string;
}

@Module({})
export class AppModule {
  static register(config: SkillsProfilesConfig, options: AppOptions = {}): DynamicModule {
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
        ClockModule.forRoot(),
        PersistenceModule.forRoot({ uri: service.MONGODB_URI, database: service.MONGODB_DATABASE }),
        IdempotencyModule,
        MessagingModule.forRoot({
          clientId: SERVICE_NAME,
          brokers: service.KAFKA_BROKERS,
          topics: [TOPICS.veteranProfiles],
          topicSettings: {
            partitions: service.KAFKA_TOPIC_PARTITIONS,
            replicationFactor: service.KAFKA_REPLICATION_FACTOR,
          },
          consumer: { group: options.consumerGroup ?? 'events' },
        }),
        HealthModule.forRoot([KafkaReadiness, MongoReadiness]),
        PersonalDataModule.forRoot(config.personalData.keyring),
        IdentityProtectionModule,
        ProfilesModule,
        CivilianViewModule,
        CompletenessModule,
        ConsentsModule,
        IdentityDisclosuresModule,
        PrivacyModule.forRoot({ service: SERVICE_NAME }),
        ErasureModule,
      ],
    };
  }
}
