import { Inject, Injectable, Logger } from '@nestjs/common';
import { PeriodicTaskRunner } from '@vetlink/periodic-tasks';
import { isEmbeddedEngine, type SearchEngine } from '@vetlink/search';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { indexSnapshotLabel } from './domain/snapshot-label';
import { IndexChange, IndexChangeJournal } from './index-change-journal';
import { SharedExclusiveGate } from './shared-exclusive-gate';
import { SEARCH_ENGINE, SEARCH_INDEX_PREFIX } from './match-indexes';

export const SNAPSHOT_SETTINGS = Symbol('SNAPSHOT_SETTINGS');

export interface SnapshotSettings {
  /** The folder of the snapshot file; without it (or on Meilisearch, which keeps its own data) there are none. */
  directory?: string;
  intervalMs: number;
}

/**
 * Changes noted this long before a snapshot's time are applied again after it is restored (and kept
 * that long): re-applying a record is harmless, and it covers a wall clock set back a little.
 */
const CLOCK_MARGIN_MS = 60_000;

/**
 * Saves the embedded engine's indexes to a file, periodically and at a graceful stop, and loads them
 * at start-up, so that a restart reads only what changed since (the journal) instead of the whole read
 * model. Work that changes the indexes runs through `indexWork`, and a snapshot is captured only
 * while none is in flight: it holds exactly the changes noted before its time.
 */
@Injectable()
export class IndexSnapshots {
  private readonly logger = new Logger(IndexSnapshots.name);
  private readonly gate = new SharedExclusiveGate();
  private readonly file?: string;
  private readonly label: string;
  private periodic?: PeriodicTaskRunner;
  /** The time of the snapshot before the newest: the journal is kept back to it. */
  private lastTakenAt?: Date;

  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    @Inject(SEARCH_INDEX_PREFIX) prefix: string,
    @Inject(SNAPSHOT_SETTINGS) private readonly settings: SnapshotSettings,
    private readonly journal: IndexChangeJournal,
  ) {
    this.label = indexSnapshotLabel(prefix);
    if (settings.directory && isEmbeddedEngine(engine))
      this.file = join(settings.directory, `${prefix}.snapshot`);
  }

  /** Runs work that changes the indexes (side by side with other such work) so that no snapshot is captured half-way through it. */
  indexWork<Result>(work: () => Promise<Result>): Promise<Result> {
    return this.gate.shared(work);
  }

  /** Notes a record given to the indexes, for a restart from the last snapshot to catch up with. */
  async noteChange(change: Omit<IndexChange, 'at'>): Promise<void> {
    if (this.file) await this.journal.add(change);
  }

  /** Notes that a veteran was erased, dropping what the journal held of them. */
  async noteErasure(veteranId: string): Promise<void> {
    if (this.file) await this.journal.eraseVeteran(veteranId);
  }

  /** What the indexes were given since a snapshot's time, oldest first. */
  changesSince(takenAt: Date): AsyncIterable<IndexChange[]> {
    return this.journal.since(new Date(takenAt.getTime() - CLOCK_MARGIN_MS));
  }

  /** Loads the last snapshot and says when it was taken; undefined when there is none that fits. */
  async restore(): Promise<Date | undefined> {
    const { engine, file } = this;
    if (!file || !isEmbeddedEngine(engine)) return undefined;
    try {
      const { takenAt } = await engine.restore(file, this.label);
      this.lastTakenAt = takenAt;
      return takenAt;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        this.logger.log({ file }, 'no search snapshot yet');
      else this.logger.warn({ file, reason: (error as Error).message }, 'search snapshot not usable');
      return undefined;
    }
  }

  /** Snapshots from now on, every interval: to be called once the indexes are complete. */
  start(): void {
    if (!this.file) return;
    // A failed snapshot leaves the previous one (and the journal since it); the next interval tries again.
    this.periodic = new PeriodicTaskRunner({
      name: 'search-snapshot',
      intervalMs: this.settings.intervalMs,
      run: () => this.write(),
      log: this.logger,
    });
    this.periodic.start();
  }

  /**
   * Ends the periodic snapshots and writes a last one: to be called after the consumer stopped. A
   * failure leaves the previous snapshot and the journal since it, and does not hold up the stop.
   */
  async stop(): Promise<void> {
    if (!this.periodic) return;
    await this.periodic.stop();
    this.periodic = undefined;
    await this.write().catch((error: Error) =>
      this.logger.error(
        { reason: error.message },
        'search snapshot at the stop failed; the previous one stays',
      ),
    );
  }

  private async write(): Promise<void> {
    const { engine, file } = this;
    if (!file || !isEmbeddedEngine(engine)) return;
    const started = Date.now();
    await mkdir(this.settings.directory as string, { recursive: true });
    // The engine captures the indexes when snapshot() is called, here while no index work is in flight;
    // the file is written after index work has resumed (boxed, so the gate does not wait for it).
    const { written } = await this.gate.exclusive(async () => ({
      written: engine.snapshot(file, this.label),
    }));
    const { takenAt } = await written;
    // Kept back to the snapshot before this one, which stays usable with it (an older copy restored).
    await this.journal.forgetBefore(new Date((this.lastTakenAt ?? takenAt).getTime() - CLOCK_MARGIN_MS));
    this.lastTakenAt = takenAt;
    this.logger.log({ file, takenAt, ms: Date.now() - started }, 'search snapshot written');
  }
}
