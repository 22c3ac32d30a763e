import { Inject, Injectable } from '@nestjs/common';
import { Clock, CLOCK } from '@vetlink/clock';
import { createLogger } from '@vetlink/logging';
import { Job, ProcessJob } from '@vetlink/queues';
import { setTimeout as sleep } from 'node:timers/promises';
import { RunJobIndex } from '../digests/run-job-index';
import { RunJobSnapshots } from '../digests/run-job-snapshots';
import { DigestQueues, RunJobData, runsQueue } from '../queues/digest-queues';
import { SERVICE_NAME } from '../service-name';
import { RunCounts, runState } from './domain/run-rules';
import { FanOut } from './fan-out';
import { RunProgress } from './run-progress';
import { RunRecords } from './run-records';
import { RunVeterans } from './run-veterans';
import type { RunRecord } from './run.schema';
import { StartRun } from './start-run';

export interface RunJobProgress {
  phase: 'fanning-out' | 'running' | 'finished';
  queued?: number;
  counts?: RunCounts;
}

/**
 * What a run job does: it reads the run's jobs once (the snapshot every worker then loads), fans out to
 * one digest job per veteran, then follows their progress in its own until every veteran is done or
 * failed, records the run finished and drops the run's snapshots from Redis.
 */
@Injectable()
export class RunJobHandler {
  private readonly logger = createLogger({ service: SERVICE_NAME }).child({ component: 'digest-runs' });

  constructor(
    private readonly records: RunRecords,
    private readonly startRun: StartRun,
    private readonly fanOut: FanOut,
    private readonly progress: RunProgress,
    private readonly queues: DigestQueues,
    private readonly jobIndex: RunJobIndex,
    private readonly jobSnapshots: RunJobSnapshots,
    private readonly runVeterans: RunVeterans,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @ProcessJob(runsQueue, 'run')
  @ProcessJob(runsQueue, 'weekly')
  async process(job: Job<RunJobData>): Promise<RunCounts> {
    const run = job.data.runId
      ? await this.records.find(job.data.runId)
      : await this.startRun.execute({ dryRun: false, startedBy: 'schedule' });
    if (!run) throw new Error(`unknown run ${job.data.runId}`);
    await this.jobIndex.forRun(run._id, new Date(run.until));
    this.logger.info({ runId: run._id, dryRun: run.dryRun }, 'digest run fanning out');
    const total = await this.fanOut.execute(run, {
      enqueue: (tasks) => this.queues.enqueueDigests(tasks),
      progress: (queued) => job.updateProgress({ phase: 'fanning-out', queued } satisfies RunJobProgress),
    });
    this.logger.info({ runId: run._id, total }, 'digest run fanned out');
    return this.followRun(run, job);
  }

  /** Reports the run's counts in the run job's progress until every veteran is done or failed. */
  private async followRun(run: RunRecord, job: Job<RunJobData>): Promise<RunCounts> {
    for (;;) {
      const counts = await this.progress.counts(run._id);
      const state = runState(counts);
      const finished = state === 'completed' || state === 'completed-with-failures';
      await job.updateProgress({ phase: finished ? 'finished' : 'running', counts } satisfies RunJobProgress);
      if (finished) {
        await this.records.markFinished(run._id, this.clock.now(), counts);
        await this.jobSnapshots.forget(run._id);
        await this.runVeterans.forget(run._id);
        this.logger.info({ runId: run._id, ...counts }, 'digest run finished');
        return counts;
      }
      await sleep(1000);
    }
  }
}
