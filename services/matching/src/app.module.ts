import { DynamicModule, Module } from '@nestjs/common';
import { AuthModule } from '@vetlink/auth';
import { Clock, ClockModule } from '@vetlink/clock';
import { TOPICS } from '@vetlink/contracts';
import { HealthModule } from '@vetlink/health';
import { LoggerSettings, LoggingModule } from '@vetlink/logging';
import { KafkaReadiness, MessagingModule } from '@vetlink/messaging';
import { MongoReadiness, PersistenceModule } from '@vetlink/persistence';
import { PrivacyModule } from '@vetlink/privacy';
import type { SearchEngine } from '@vetlink/search';
import { CandidatesModule } from './candidates/candidates.module';
import { MatchingConfig } from './config';
import { JobEventsModule } from './job-events/job-events.module';
import { JobSearchModule } from './job-search/job-search.module';
import { ProfileEventsModule } from './profile-events/profile-events.module';
import { RecommendedJobsModule } from './recommended-jobs/recommended-jobs.module';
import { SearchModule } from './search/search.module';
import { TaxonomyModule } from './taxonomy/taxonomy.module';
import { SearchReadiness } from './search/search.readiness';
import { SERVICE_NAME } from './service-name';
import { MatchingSettingsModule } from './shared/matching-settings';

export interface AppOptions {
  /** The search engine behind the port (made from the environment by the search lib when left out). */
  searchEngine: () => SearchEngine;
  /** A fixed "now" for tests. */
  clock?: Clock;
  logDestination?: LoggerSettings['destination'];
  /** The read model's consumer group (without the `matching.` prefix); tests use their own. */
  consumerGroup?: string;
}

/**
 * `matching.read-model` builds the read model and makes the pushes. Partitions, and keys within a
 * partition's batch, are handled four at once, so that one event's round trips overlap another's
 * scoring; one job's (or veteran's) events share a key and still come one at a time, in order.
 */
const READ_MODEL_CONSUMER = {
  group: 'read-model',
  partitionsConsumedConcurrently: 4,
  keysConsumedConcurrently: 4,
};

@Module({})
export class AppModule {
  static register(config: MatchingConfig, options: AppOptions): DynamicModule {
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
          topics: [TOPICS.jobMatches],
          topicSettings: {
            partitions: service.KAFKA_TOPIC_PARTITIONS,
            replicationFactor: service.KAFKA_REPLICATION_FACTOR,
          },
          consumer: { ...READ_MODEL_CONSUMER, group: options.consumerGroup ?? READ_MODEL_CONSUMER.group },
        }),
        ClockModule.forRoot(options.clock),
        MatchingSettingsModule.register(config.matching),
        SearchModule.register({
          engine: options.searchEngine,
          indexPrefix: service.SEARCH_INDEX_PREFIX,
          snapshots: {
            directory: service.SEARCH_SNAPSHOT_DIR,
            intervalMs: service.SEARCH_SNAPSHOT_INTERVAL_MINUTES * 60_000,
          },
        }),
        HealthModule.forRoot([KafkaReadiness, MongoReadiness, SearchReadiness]),
        JobEventsModule,
        ProfileEventsModule,
        TaxonomyModule,
        RecommendedJobsModule,
        JobSearchModule,
        CandidatesModule,
        PrivacyModule.forRoot({ service: SERVICE_NAME }),
      ],
    };
  }
}
