import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { isDuplicateKeyError } from '@vetlink/persistence';
import type { IndexSettings, SearchEngine, SearchIndex } from '@vetlink/search';
import { randomUUID } from 'node:crypto';
import { Model, Schema } from 'mongoose';
import { ReadModelRepository } from '../read-model/read-model.repository';
import { indexSnapshotLabel } from './domain/snapshot-label';
import { MatchIndexes, SEARCH_ENGINE, type IndexOrigin } from './match-indexes';
import { SearchSync } from './search-sync';

export const INDEX_BUILD_MODEL = 'MatchingIndexBuild';

/** "This instance builds the indexes for this label": `_id` is the label, so only one insert wins. */
export interface IndexBuildClaim {
  _id: string;
  instance: string;
  heartbeatAt: Date;
}

export const indexBuildSchema = new Schema<IndexBuildClaim>(
  {
    _id: { type: String, required: true },
    instance: { type: String, required: true },
    heartbeatAt: { type: Date, required: true },
  },
  { collection: 'index_builds', versionKey: false },
);

/** What the shared indexes were last built with, kept beside them in the search engine. */
interface IndexState {
  id: 'indexes';
  label: string;
  builtAt: string;
}

const STATE_SETTINGS: IndexSettings = {
  primaryKey: 'id',
  searchableAttributes: ['label'],
  filterableAttributes: [],
  sortableAttributes: [],
};

export interface SharedBuildTiming {
  /** How long a claim may go without a heartbeat before another instance takes the build over. */
  staleAfterMs: number;
  heartbeatMs: number;
  pollMs: number;
}

const TIMING: SharedBuildTiming = { staleAfterMs: 60_000, heartbeatMs: 15_000, pollMs: 1_000 };

/**
 * The start-up of indexes that live in a shared server (Meilisearch), which keeps them across restarts
 * and serves several instances of this service at once. The indexes are labelled with what they were
 * built with (index names, settings, document version, taxonomy: `indexSnapshotLabel`):
 * - labelled as this code would build them: they are used as they are; nothing is written, so starting
 *   a second instance (or restarting one) indexes nothing again;
 * - otherwise one instance (whoever inserts the claim named by the label) builds new ones beside the live
 *   ones from the read model, swaps them in at once (`swapIndexes`: searches see the old indexes or the
 *   new, never a half-built one) and labels them; the others wait for the label, taking the build over
 *   if the claim's heartbeat stops.
 * Events are consumed only afterwards; a change indexed meanwhile by an instance of an older version
 * goes to the old indexes and is lost with them (until that record's next event): roll out a change of
 * the label with the older instances stopped, or accept that window.
 */
@Injectable()
export class SharedIndexBuild {
  private readonly logger = new Logger(SharedIndexBuild.name);
  private readonly label: string;
  private readonly state: SearchIndex<IndexState>;
  private readonly instance = randomUUID();
  private readonly timing: SharedBuildTiming = TIMING;

  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly indexes: MatchIndexes,
    private readonly search: SearchSync,
    private readonly readModel: ReadModelRepository,
    @InjectModel(INDEX_BUILD_MODEL) private readonly claims: Model<IndexBuildClaim>,
  ) {
    this.label = indexSnapshotLabel(indexes.prefix);
    this.state = engine.index<IndexState>(`${indexes.prefix}-state`);
  }

  /** Makes the live indexes current (using, building or waiting for them) and says where they came from. */
  async restore(): Promise<{ origin: IndexOrigin; jobs?: number; veterans?: number }> {
    await this.state.applySettings(STATE_SETTINGS);
    for (;;) {
      if (await this.isCurrent()) {
        await this.indexes.applySettings(this.indexes);
        this.indexes.markRestored('search engine');
        return { origin: 'search engine' };
      }
      if (await this.claim()) {
        try {
          const counts = await this.withHeartbeat(() => this.build());
          this.indexes.markRestored('read model');
          return { origin: 'read model', ...counts };
        } finally {
          await this.claims.deleteOne({ _id: this.label, instance: this.instance }).exec();
        }
      }
      await sleep(this.timing.pollMs);
      await this.dropClaimIfStale();
    }
  }

  /** The label of the live indexes: the last thing a build writes, after the swap. */
  private async isCurrent(): Promise<boolean> {
    const { hits } = await this.state.search({ limit: 1 });
    return hits[0]?.document.label === this.label;
  }

  /** Builds both indexes aside from the read model, then swaps them in and labels them. */
  private async build(): Promise<{ jobs: number; veterans: number }> {
    const started = Date.now();
    const staging = this.indexes.staging();
    // What a build cut short left behind is rebuilt from nothing.
    await this.engine.deleteIndex(staging.names.jobs);
    await this.engine.deleteIndex(staging.names.veterans);
    await this.indexes.applySettings(staging.pair);
    const counts = await this.search.fill(staging.pair, this.readModel);
    await this.engine.swapIndexes([
      [this.indexes.names.jobs, staging.names.jobs],
      [this.indexes.names.veterans, staging.names.veterans],
    ]);
    await this.indexes.applySettings(this.indexes);
    await this.engine.deleteIndex(staging.names.jobs);
    await this.engine.deleteIndex(staging.names.veterans);
    await this.state.upsert([{ id: 'indexes', label: this.label, builtAt: new Date().toISOString() }]);
    this.logger.log(
      { ...counts, label: this.label, ms: Date.now() - started },
      'shared search indexes built aside and swapped in',
    );
    return counts;
  }

  private async claim(): Promise<boolean> {
    try {
      await this.claims.create({ _id: this.label, instance: this.instance, heartbeatAt: new Date() });
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  private async withHeartbeat<Result>(work: () => Promise<Result>): Promise<Result> {
    const beat = setInterval(() => {
      this.claims
        .updateOne({ _id: this.label }, { $set: { heartbeatAt: new Date() } })
        .exec()
        .catch((error: Error) => this.logger.warn({ reason: error.message }, 'index build heartbeat failed'));
    }, this.timing.heartbeatMs);
    try {
      return await work();
    } finally {
      clearInterval(beat);
    }
  }

  /** A claim whose instance stopped beating (it died mid-build) is removed, so that the next claim wins. */
  private async dropClaimIfStale(): Promise<void> {
    const claim = await this.claims.findById(this.label).lean<IndexBuildClaim>().exec();
    if (!claim || Date.now() - new Date(claim.heartbeatAt).getTime() < this.timing.staleAfterMs) return;
    this.logger.warn(
      { label: this.label, instance: claim.instance },
      'taking over a search index build whose instance stopped',
    );
    await this.claims.deleteOne({ _id: this.label }).exec();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
