import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { isEmbeddedEngine, type SearchEngine, type SearchIndex } from '@vetlink/search';
import { jobIndexSettings, veteranIndexSettings } from './domain/index-settings';
import type { JobSearchDocument, VeteranSearchDocument } from './domain/search-documents';

export const SEARCH_ENGINE = Symbol('SEARCH_ENGINE');
export const SEARCH_INDEX_PREFIX = Symbol('SEARCH_INDEX_PREFIX');

/**
 * Where the indexes came back from at start-up: a snapshot (plus what changed since), the whole read
 * model, or the search engine itself (Meilisearch keeps them, built with the same settings and data).
 */
export type IndexOrigin = 'snapshot' | 'read model' | 'search engine';

/** The two indexes of one direction each, under some names. */
export interface IndexPair {
  jobs: SearchIndex<JobSearchDocument>;
  veterans: SearchIndex<VeteranSearchDocument>;
}

/**
 * The two search indexes this service keeps, one per direction of matching: open jobs (for a
 * veteran's recommendations and job search) and veterans (for a job's candidates and pushes). They
 * are derived data: the read model in MongoDB is the truth; at start-up they come back from a snapshot
 * (IndexSnapshots) plus what changed since, are found as they were in Meilisearch (SharedIndexBuild),
 * or are rebuilt from the read model (SearchSync).
 */
@Injectable()
export class MatchIndexes implements OnModuleInit, IndexPair {
  readonly jobs: SearchIndex<JobSearchDocument>;
  readonly veterans: SearchIndex<VeteranSearchDocument>;
  readonly names: { jobs: string; veterans: string };
  private origin?: IndexOrigin;

  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    @Inject(SEARCH_INDEX_PREFIX) readonly prefix: string,
  ) {
    this.names = { jobs: `${prefix}-jobs`, veterans: `${prefix}-veterans` };
    this.jobs = engine.index<JobSearchDocument>(this.names.jobs);
    this.veterans = engine.index<VeteranSearchDocument>(this.names.veterans);
  }

  /**
   * The embedded engine starts empty and takes its settings here; on a shared engine (Meilisearch)
   * the start-up decides (SharedIndexBuild): the indexes may be current already, or be rebuilt aside.
   */
  async onModuleInit() {
    if (this.isEmbedded) await this.applySettings(this);
  }

  /** Whether the indexes live in this process (and start empty), rather than in a shared server. */
  get isEmbedded(): boolean {
    return isEmbeddedEngine(this.engine);
  }

  /** Applies both indexes' settings (a no-op where they are in place already). */
  async applySettings(pair: IndexPair): Promise<void> {
    await pair.jobs.applySettings(jobIndexSettings());
    await pair.veterans.applySettings(veteranIndexSettings());
  }

  /** Indexes beside the live ones, to build a replacement in without any search seeing it half-built. */
  staging(): { names: { jobs: string; veterans: string }; pair: IndexPair } {
    const names = { jobs: `${this.names.jobs}-next`, veterans: `${this.names.veterans}-next` };
    return {
      names,
      pair: {
        jobs: this.engine.index<JobSearchDocument>(names.jobs),
        veterans: this.engine.index<VeteranSearchDocument>(names.veterans),
      },
    };
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
