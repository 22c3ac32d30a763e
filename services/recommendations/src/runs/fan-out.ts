import { Inject, Injectable } from '@nestjs/common';
import type { VeteranForMatching } from '@vetlink/matching-score';
import type { DigestTask } from '../digests/digest-task';
import { ReadModelRepository } from '../read-model/read-model.repository';
import { Clock, CLOCK } from '@vetlink/clock';
import { RecommendationsSettings, SETTINGS } from '../settings.module';
import { RunProgress } from './run-progress';
import { RunRecords } from './run-records';
import type { RunRecord } from './run.schema';
import { RunVeterans } from './run-veterans';
import { VeteranInputs } from './veteran-inputs';
import { parseIsoWeek } from '../weeks/domain/iso-week';

export interface FanOutSink {
  /** Queues a batch of per-veteran digests (a veteran already queued in the run is not queued again). */
  enqueue(tasks: DigestTask[]): Promise<void>;
  /** Reports how many veterans are queued so far. */
  progress(queued: number): Promise<void>;
}

/**
 * Queues one digest per veteran who receives it, then records the total. One scan of the read model per
 * run puts every veteran's matching inputs in the run's store, a batch at a time; then the jobs, which
 * carry ids only, are queued a batch at a time. Safe to repeat: a veteran already done returns at once,
 * one still queued is not queued twice.
 */
@Injectable()
export class FanOut {
  constructor(
    private readonly readModel: ReadModelRepository,
    private readonly runs: RunRecords,
    private readonly progress: RunProgress,
    private readonly runVeterans: RunVeterans,
    private readonly veteranInputs: VeteranInputs,
    @Inject(SETTINGS) private readonly settings: RecommendationsSettings,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(run: RunRecord, sink: FanOutSink): Promise<number> {
    const week = parseIsoWeek(run.week, this.settings.digest.schedule.timeZone);
    if (!week) throw new Error(`run ${run._id} names no ISO week`);
    const until = new Date(run.until).toISOString();
    // First the scan, storing each batch's inputs: no digest of the run reads the database meanwhile,
    // so the scan never waits behind them on a one-connection pool, nor they behind it.
    const veteranIds: string[] = [];
    let batch: VeteranForMatching[] = [];
    const store = async () => {
      await this.runVeterans.store(run._id, batch);
      veteranIds.push(...batch.map(({ veteranId }) => veteranId));
      batch = [];
    };
    for await (const record of this.readModel.digestRecipients()) {
      const veteran = this.veteranInputs.fromSnapshot(record.snapshot);
      if (veteran) batch.push(veteran);
      if (batch.length >= this.settings.digest.fanOutBatch) await store();
    }
    if (batch.length > 0) await store();
    // Then the jobs, by id.
    let queued = 0;
    for (let start = 0; start < veteranIds.length; start += this.settings.digest.fanOutBatch) {
      const ids = veteranIds.slice(start, start + this.settings.digest.fanOutBatch);
      await sink.enqueue(
        ids.map((veteranId) => ({
          runId: run._id,
          week: week.id,
          weekOf: week.monday,
          until,
          dryRun: run.dryRun,
          veteranId,
        })),
      );
      queued += ids.length;
      await sink.progress(queued);
    }
    await this.progress.setTotal(run._id, queued);
    await this.runs.markFannedOut(run._id, this.clock.now());
    return queued;
  }
}
