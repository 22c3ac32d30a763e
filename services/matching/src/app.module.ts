import { DynamicModule, Module } from '@nestjs/common';
import { AuthModule } from '@vetlink/auth';
import { Clock, ClockModule } from '@vetlink/clock';
import { TOPICS } from '@vetlink/contracts';
import { HealthModule } from '@vetlink/health';
import { LoggerSettings, LoggingModule } from '@vetlink/logging';
import { KafkaReadiness, MessagingModule } from '@vetlink/messaging';
import { MongoReadiness, PersistenceModule } from '@vetlink/persistence';
import type { SearchEngine } from '@vetlink/search';
import { CandidatesModule } from './candidates/candidates.module';
import { MatchingConfig } from './config';
import { EventsModule } from './events/events.module';
import { JobSearchModule } from './job-search/job-search.module';
import { RecommendationsModule } from './recommendations/recommendations.module';
import { SearchModule } from './search/search.module';
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

@Module({})
export class AppModule {
  static register(config: MatchingConfig, options: AppOptions): DynamicModule {
    const { service } = config;
    const topicSettings = {
      partitions: service.KAFKA_TOPIC_PARTITIONS,
      replicationFactor: service.KAFKA_REPLICATION_FACTOR,
    };
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
          topics: [TOPICS.jobMatches, TOPICS.jobPostings, TOPICS.veteranProfiles],
          topicSettings,
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
        EventsModule.register(topicSettings, options.consumerGroup),
        RecommendationsModule,
        JobSearchModule,
        CandidatesModule,
      ],
    };
  }
}
