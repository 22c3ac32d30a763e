import { DynamicModule, Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import type { SearchEngine } from '@vetlink/search';
import { MatchIndexes, SEARCH_ENGINE, SEARCH_INDEX_PREFIX } from './match-indexes';
import { SearchSync } from './search-sync';

export interface SearchSettings {
  /** The engine to use; made from the environment by the search lib when not given (tests pass their own). */
  engine: () => SearchEngine;
  indexPrefix: string;
}

@Injectable()
class EngineCloser implements OnApplicationShutdown {
  constructor(@Inject(SEARCH_ENGINE) private readonly engine: SearchEngine) {}

  async onApplicationShutdown() {
    await this.engine.close();
  }
}

/** The search engine behind the port, and this service's two indexes on it. */
@Global()
@Module({})
export class SearchModule {
  static register(settings: SearchSettings): DynamicModule {
    return {
      module: SearchModule,
      providers: [
        { provide: SEARCH_ENGINE, useFactory: settings.engine },
        { provide: SEARCH_INDEX_PREFIX, useValue: settings.indexPrefix },
        MatchIndexes,
        SearchSync,
        EngineCloser,
      ],
      exports: [MatchIndexes, SearchSync],
    };
  }
}
