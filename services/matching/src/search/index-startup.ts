import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ReadModelRepository } from '../read-model/read-model.repository';
import { IndexSnapshots } from './index-snapshots';
import { MatchIndexes } from './match-indexes';
import { SearchSync } from './search-sync';
import { SharedIndexBuild } from './shared-index-build';

/**
 * The search indexes are complete before the first event or request: at bootstrap (which `startApp`
 * finishes before consuming) the embedded engine's are restored from their snapshot plus what changed
 * since, or rebuilt from the whole read model; Meilisearch's are used as they are when they were built
 * the way this code builds them, else built aside and swapped in (SharedIndexBuild). Snapshots (embedded
 * engine) run from then on; the last one is written once consuming has stopped, so it holds every event
 * applied.
 */
@Injectable()
export class IndexStartup implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(IndexStartup.name);

  constructor(
    private readonly readModel: ReadModelRepository,
    private readonly search: SearchSync,
    private readonly snapshots: IndexSnapshots,
    private readonly indexes: MatchIndexes,
    private readonly shared: SharedIndexBuild,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const started = Date.now();
    if (!this.indexes.isEmbedded) {
      const restored = await this.shared.restore();
      this.logger.log({ ...restored, ms: Date.now() - started }, 'shared search indexes ready');
      return;
    }
    const takenAt = await this.snapshots.restore();
    if (takenAt) {
      const changed = await this.search.catchUp(this.snapshots.changesSince(takenAt));
      this.logger.log(
        { takenAt, changed, ms: Date.now() - started },
        'search indexes restored from their snapshot and what changed since',
      );
    } else {
      const restored = await this.search.rebuild(this.readModel);
      this.logger.log(
        { ...restored, ms: Date.now() - started },
        'search indexes rebuilt from the read model',
      );
    }
    this.snapshots.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.snapshots.stop();
  }
}
