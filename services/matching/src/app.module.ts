import { DynamicModule, Module } from '@nestjs/common';
import { Clock } from '@vetlink/clock';
import { TOPICS } from '@vetlink/contracts';
import { LoggerSettings } from '@vetlink/logging';
import { platformModules } from '@vetlink/platform';
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
const READ_MODEL_GROUP = 'read-model';
const READ_MODEL_CONCURRENCY = { partitionsConsumedConcurrently: 4, keysConsumedConcurrently: 4 };

@Module({})
export class AppModule {
  static register(config: MatchingConfig, options: AppOptions): DynamicModule {
    const { service } = config;
    return {
      module: AppModule,
      imports: [
        ...platformModules({
          service: SERVICE_NAME,
          config,
          publishes: [TOPICS.jobMatches],
          consumerGroup: options.consumerGroup ?? READ_MODEL_GROUP,
          consumer: READ_MODEL_CONCURRENCY,
          clock: options.clock,
          logDestination: options.logDestination,
          readiness: [SearchReadiness],
        }),
        MatchingSettingsModule.register(config.matching),
        SearchModule.register({
          engine: options.searchEngine,
          indexPrefix: service.SEARCH_INDEX_PREFIX,
          snapshots: {
            directory: service.SEARCH_SNAPSHOT_DIR,
            intervalMs: service.SEARCH_SNAPSHOT_INTERVAL_MINUTES * 60_000,
          },
        }),
        JobEventsModule,
        ProfileEventsModule,
        TaxonomyModule,
        RecommendedJobsModule,
        JobSearchModule,
        CandidatesModule,
      ],
    };
  }
}
