import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { SearchEngine, SearchIndex } from '@vetlink/search';
import { jobIndexSettings, veteranIndexSettings } from './domain/index-settings';
import type { JobSearchDocument, VeteranSearchDocument } from './domain/search-documents';

export const SEARCH_ENGINE = Symbol('SEARCH_ENGINE');
export const SEARCH_INDEX_PREFIX = Symbol('SEARCH_INDEX_PREFIX');

/** Where the indexes came back from at start-up: a snapshot (plus what changed since), or the whole read model. */
export type IndexOrigin = 'snapshot' | 'read model';

/**
 * The two search indexes this service keeps, one per direction of matching: open jobs (for a
 * veteran's recommendations and job search) and veterans (for a job's candidates and pushes). They
 * are derived data: the read model in MongoDB is the truth; at start-up they come back from a snapshot
 * (IndexSnapshots) plus what changed since, or are rebuilt from the read model (SearchSync).
 */
@Injectable()
export class MatchIndexes implements OnModuleInit {
  readonly jobs: SearchIndex<JobSearchDocument>;
  readonly veterans: SearchIndex<VeteranSearchDocument>;
  private origin?: IndexOrigin;

  constructor(@Inject(SEARCH_ENGINE) engine: SearchEngine, @Inject(SEARCH_INDEX_PREFIX) prefix: string) {
    this.jobs = engine.index<JobSearchDocument>(`${prefix}-jobs`);
    this.veterans = engine.index<VeteranSearchDocument>(`${prefix}-veterans`);
  }

  async onModuleInit() {
    await this.jobs.applySettings(jobIndexSettings());
    await this.veterans.applySettings(veteranIndexSettings());
  }

  /** True once the indexes hold everything the read model held at start-up. */
  get isRestored(): boolean {
    return this.origin !== undefined;
  }

  get restoredFrom(): IndexOrigin | undefined {
    return this.origin;
  }

  markRestored(from: IndexOrigin): void {
    this.origin = from;
  }
}
