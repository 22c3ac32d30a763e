import { DynamicModule, Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import type { SearchEngine } from '@vetlink/search';
import { INDEX_CHANGE_MODEL, IndexChangeJournal, indexChangeSchema } from './index-change-journal';
import { IndexSnapshots, SNAPSHOT_SETTINGS, SnapshotSettings } from './index-snapshots';
import { ReadModelModule } from '../read-model/read-model.module';
import { IndexStartup } from './index-startup';
import { IndexWorkInterceptor } from './index-work.interceptor';
import { MatchIndexes, SEARCH_ENGINE, SEARCH_INDEX_PREFIX } from './match-indexes';
import { MatchLookups } from './match-lookups';
import { SearchSync } from './search-sync';
import { INDEX_BUILD_MODEL, indexBuildSchema, SharedIndexBuild } from './shared-index-build';

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

/** The search engine behind the port, this service's two indexes on it, and their restore and snapshots. */
@Global()
@Module({})
export class SearchModule {
  static register(settings: SearchSettings): DynamicModule {
    return {
      module: SearchModule,
      imports: [
        MongooseModule.forFeature([
          { name: INDEX_CHANGE_MODEL, schema: indexChangeSchema },
          { name: INDEX_BUILD_MODEL, schema: indexBuildSchema },
        ]),
        ReadModelModule,
      ],
      providers: [
        { provide: SEARCH_ENGINE, useFactory: settings.engine },
        { provide: SEARCH_INDEX_PREFIX, useValue: settings.indexPrefix },
        { provide: SNAPSHOT_SETTINGS, useValue: settings.snapshots },
        MatchIndexes,
        SearchSync,
        IndexChangeJournal,
        IndexSnapshots,
        EngineCloser,
        SharedIndexBuild,
        IndexStartup,
        IndexWorkInterceptor,
        MatchLookups,
      ],
      exports: [MatchIndexes, SearchSync, IndexSnapshots, IndexWorkInterceptor, MatchLookups],
    };
  }
}
