import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  OnApplicationBootstrap,
  OnModuleInit,
} from '@nestjs/common';
import { createLogger } from '@vetlink/logging';
import { createRedisConnection, REDIS } from '@vetlink/queues';
import { Job, Queue, Worker } from 'bullmq';
import type Redis from 'ioredis';
import { setTimeout as sleep } from 'node:timers/promises';
import { ComposeDigest } from '../digests/compose-digest';
import { digestJobId, DigestTask } from '../digests/digest-task';
import { RunCounts, runState } from '../runs/domain/run-rules';
import { FanOut } from '../runs/fan-out';
import { RunProgress } from '../runs/run-progress';
import { RunRecords } from '../runs/run-records';
import type { RunRecord } from '../runs/run.schema';
import { StartRun } from '../runs/start-run';
import { SERVICE_NAME } from '../service-name';
import { Clock, CLOCK } from '@vetlink/clock';
import { RecommendationsSettings, SETTINGS } from '../shared/settings.module';

/** Queue names and the scheduler's id are forever: jobs and schedules wait in Redis across deploys. */
export const RUNS_QUEUE = 'digest-runs';
export const DIGESTS_QUEUE = 'digests';
export const WEEKLY_SCHEDULER_ID = 'weekly-digest';

/** A run job names its run; the schedule's jobs name none and mean "this week's run". */
interface RunJobData {
  runId?: string;
}

export interface RunJobProgress {
  phase: 'fanning-out' | 'running' | 'finished';
  queued?: number;
  counts?: RunCounts;
}

export interface ScheduleView {
  pattern: string;
  timeZone: string;
  next: Date | null;
}

const RETAIN_FAILED_SECONDS = 30 * 24 * 3600;

/**
 * BullMQ for the weekly digest: a Job Scheduler fires the run (upserted by id, so registering twice
 * keeps one schedule); a run job fans out to one job per veteran (job id = run + veteran) and then
 * follows their progress in its own; digest jobs retry with exponential backoff and end, after the
 * last try, in the run's failed list. Workers run in processes of role `all` or `worker`.
 */
@Injectable()
export class DigestQueues implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = createLogger({ service: SERVICE_NAME }).child({ component: 'digest-queues' });
  private runs!: Queue<RunJobData>;
  private digests!: Queue<DigestTask>;
  private readonly workers: Worker[] = [];
  private readonly workerConnections: Redis[] = [];

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(SETTINGS) private readonly settings: RecommendationsSettings,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly startRun: StartRun,
    private readonly fanOut: FanOut,
    private readonly compose: ComposeDigest,
    private readonly progress: RunProgress,
    private readonly records: RunRecords,
  ) {}

  onModuleInit() {
    const options = { connection: this.redis, prefix: this.settings.queuePrefix };
    this.runs = new Queue<RunJobData>(RUNS_QUEUE, options);
    this.digests = new Queue<DigestTask>(DIGESTS_QUEUE, options);
  }

  async onApplicationBootstrap() {
    await this.registerSchedule();
    if (!this.settings.runsWorkers) return;
    const { digest } = this.settings;
    this.startWorker(RUNS_QUEUE, (job: Job<RunJobData>) => this.processRun(job), 2);
    const worker = this.startWorker(
      DIGESTS_QUEUE,
      (job: Job<DigestTask>) => this.compose.execute(job.data),
      digest.concurrency,
    );
    worker.on('failed', (job, error) => void this.afterFailure(job as Job<DigestTask> | undefined, error));
  }

  /** Creates or updates the weekly schedule (the same id: never a second schedule). */
  async registerSchedule(): Promise<void> {
    const { pattern, timeZone } = this.settings.digest.schedule;
    await this.runs.upsertJobScheduler(
      WEEKLY_SCHEDULER_ID,
      { pattern, tz: timeZone },
      { name: 'weekly', data: {}, opts: this.runJobOptions() },
    );
  }

  async schedule(): Promise<ScheduleView | null> {
    const scheduler = await this.runs.getJobScheduler(WEEKLY_SCHEDULER_ID);
    if (!scheduler) return null;
    return {
      pattern: scheduler.pattern ?? this.settings.digest.schedule.pattern,
      timeZone: scheduler.tz ?? this.settings.digest.schedule.timeZone,
      next: scheduler.next ? new Date(scheduler.next) : null,
    };
  }

  /** How many schedules are registered (one, however often the service starts). */
  async scheduleCount(): Promise<number> {
    return this.runs.getJobSchedulersCount();
  }

  /** Queues the run's job; while one is waiting or running, asking again adds nothing. */
  async requestRun(runId: string): Promise<void> {
    await this.runs.add('run', { runId }, { ...this.runJobOptions(), jobId: `run-${runId}` });
  }

  /** What the run job of a run reports (null once it is gone from the queue). */
  async runJobProgress(runId: string): Promise<RunJobProgress | null> {
    const job = await this.runs.getJob(`run-${runId}`);
    return job ? (job.progress as RunJobProgress) : null;
  }

  /** Puts the run's failed digests back in the queue; returns how many. */
  async retryFailed(runId: string): Promise<number> {
    let retried = 0;
    let cursor: string | null = '0';
    while (cursor !== null) {
      const page: Awaited<ReturnType<RunProgress['failed']>> = await this.progress.failed(runId, cursor);
      for (const { veteranId } of page.veterans) {
        const job = await this.digests.getJob(digestJobId(runId, veteranId));
        if (!job || !(await job.isFailed())) continue;
        await job.retry('failed');
        await this.progress.clearFailure(runId, veteranId);
        retried++;
      }
      cursor = page.next;
    }
    return retried;
  }

  private async processRun(job: Job<RunJobData>): Promise<RunCounts> {
    const run = job.data.runId
      ? await this.records.find(job.data.runId)
      : await this.startRun.execute({ dryRun: false, startedBy: 'schedule' });
    if (!run) throw new Error(`unknown run ${job.data.runId}`);
    this.logger.info({ runId: run._id, dryRun: run.dryRun }, 'digest run fanning out');
    const total = await this.fanOut.execute(run, {
      enqueue: (tasks) => this.enqueueDigests(tasks),
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
        this.logger.info({ runId: run._id, ...counts }, 'digest run finished');
        return counts;
      }
      await sleep(1000);
    }
  }

  private async enqueueDigests(tasks: DigestTask[]): Promise<void> {
    const { maxAttempts, backoffMs } = this.settings.digest;
    await this.digests.addBulk(
      tasks.map((task) => ({
        name: 'digest',
        data: task,
        opts: {
          jobId: digestJobId(task.runId, task.veteran.veteranId),
          attempts: maxAttempts,
          backoff: { type: 'exponential', delay: backoffMs, jitter: 0.2 },
          // The outcome is recorded in the run's progress; a done job needs no keeping.
          removeOnComplete: true,
          removeOnFail: { age: RETAIN_FAILED_SECONDS },
        },
      })),
    );
  }

  private async afterFailure(job: Job<DigestTask> | undefined, error: Error): Promise<void> {
    if (!job || job.attemptsMade < (job.opts.attempts ?? 1)) return;
    this.logger.warn(
      { runId: job.data.runId, veteranId: job.data.veteran.veteranId, err: error },
      'digest failed after its last try',
    );
    await this.progress.recordFailure(job.data.runId, job.data.veteran.veteranId, error.message);
  }

  private runJobOptions() {
    return {
      attempts: 5,
      backoff: { type: 'exponential' as const, delay: 60_000, jitter: 0.2 },
      removeOnComplete: { age: 7 * 24 * 3600 },
      removeOnFail: { age: RETAIN_FAILED_SECONDS },
    };
  }

  private startWorker<Data, Result>(
    queue: string,
    processor: (job: Job<Data>) => Promise<Result>,
    concurrency: number,
  ): Worker<Data, Result> {
    const connection = createRedisConnection(this.settings.redisUrl);
    this.workerConnections.push(connection);
    const worker = new Worker<Data, Result>(queue, processor, {
      connection,
      prefix: this.settings.queuePrefix,
      concurrency,
      lockDuration: this.settings.digest.lockMs,
      stalledInterval: this.settings.digest.lockMs,
      // A job whose worker died is taken up again (twice at most) rather than failed.
      maxStalledCount: 2,
    });
    worker.on('error', (error) => this.logger.warn({ err: error, queue }, 'digest worker error'));
    this.workers.push(worker as Worker);
    return worker;
  }

  /** Lets the jobs in flight finish before the database connection closes. */
  async beforeApplicationShutdown() {
    await Promise.all(this.workers.map((worker) => worker.close()));
    await Promise.all([this.runs.close(), this.digests.close()]);
    await Promise.all(
      this.workerConnections.map((connection) => connection.quit().catch(() => connection.disconnect())),
    );
  }
}
