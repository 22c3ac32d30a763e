import { DynamicModule, Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import type { SearchEngine } from '@vetlink/search';
import { INDEX_CHANGE_MODEL, IndexChangeJournal, indexChangeSchema } from './index-change-journal';
import { IndexSnapshots, SNAPSHOT_SETTINGS, SnapshotSettings } from './index-snapshots';
import { MatchIndexes, SEARCH_ENGINE, SEARCH_INDEX_PREFIX } from './match-indexes';
import { SearchSync } from './search-sync';

export interface SearchSettings {
  /** The engine to use; made from the environment by the search lib when not given (tests pass their own). */
  engine: () => SearchEngine;
  indexPrefix: string;
  snapshots: SnapshotSettings;
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
      imports: [MongooseModule.forFeature([{ name: INDEX_CHANGE_MODEL, schema: indexChangeSchema }])],
      providers: [
        { provide: SEARCH_ENGINE, useFactory: settings.engine },
        { provide: SEARCH_INDEX_PREFIX, useValue: settings.indexPrefix },
        { provide: SNAPSHOT_SETTINGS, useValue: settings.snapshots },
        MatchIndexes,
        SearchSync,
        IndexChangeJournal,
        IndexSnapshots,
        EngineCloser,
      ],
      exports: [MatchIndexes, SearchSync, IndexSnapshots],
    };
  }
}
