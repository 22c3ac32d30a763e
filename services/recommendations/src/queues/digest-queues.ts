import { DynamicModule, Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { defineQueue, QueueRegistry, QueuesModule, QueueWorkerOptions } from '@vetlink/queues';
import { digestJobId, DigestTask } from '../digests/digest-task';
import { RecommendationsSettings, SETTINGS } from '../settings.module';

/** Queue names and the scheduler's id are forever: jobs and schedules wait in Redis across deploys. */
export const RUNS_QUEUE = 'digest-runs';
export const DIGESTS_QUEUE = 'digests';
export const WEEKLY_SCHEDULER_ID = 'weekly-digest';

/** A run job names its run; the schedule's jobs name none and mean "this week's run". */
export interface RunJobData {
  runId?: string;
}

/** `run`: a run someone asked for; `weekly`: the schedule fired. */
export const runsQueue = defineQueue<{ run: RunJobData; weekly: RunJobData }>(RUNS_QUEUE, {
  jobs: { run: true, weekly: true },
});
export const digestsQueue = defineQueue<{ digest: DigestTask }>(DIGESTS_QUEUE, { jobs: { digest: true } });

export interface ScheduleView {
  pattern: string;
  timeZone: string;
  next: Date | null;
}

const RETAIN_FAILED_SECONDS = 30 * 24 * 3600;

const RUN_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential' as const, delay: 60_000, jitter: 0.2 },
  removeOnComplete: { age: 7 * 24 * 3600 },
  removeOnFail: { age: RETAIN_FAILED_SECONDS },
};

/** Both queues; their workers run in processes of role `all` or `worker`. */
export function registerDigestQueues(): DynamicModule[] {
  const worker = (concurrency: (settings: RecommendationsSettings) => number) => ({
    inject: [SETTINGS],
    worker: (settings: RecommendationsSettings): QueueWorkerOptions => ({
      concurrency: concurrency(settings),
      lockDuration: settings.digest.lockMs,
      stalledInterval: settings.digest.lockMs,
      // A job whose worker died is taken up again (twice at most) rather than failed.
      maxStalledCount: 2,
    }),
  });
  return [
    QueuesModule.registerQueue(
      runsQueue,
      worker(() => 2),
    ),
    QueuesModule.registerQueue(
      digestsQueue,
      worker((settings) => settings.digest.concurrency),
    ),
  ];
}

/**
 * What the weekly digest puts in its queues: a Job Scheduler fires the run (upserted by id, so
 * registering twice keeps one schedule); a run job per run; one digest job per veteran (job id = run +
 * veteran), retried with exponential backoff.
 */
@Injectable()
export class DigestQueues implements OnApplicationBootstrap {
  constructor(
    private readonly registry: QueueRegistry,
    @Inject(SETTINGS) private readonly settings: RecommendationsSettings,
  ) {}

  async onApplicationBootstrap() {
    await this.registerSchedule();
  }

  /** Creates or updates the weekly schedule (the same id: never a second schedule). */
  async registerSchedule(): Promise<void> {
    const { pattern, timeZone } = this.settings.digest.schedule;
    await this.runs.upsertJobScheduler(
      WEEKLY_SCHEDULER_ID,
      { pattern, tz: timeZone },
      { name: 'weekly', data: {}, opts: RUN_JOB_OPTIONS },
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
    await this.runs.add('run', { runId }, { ...RUN_JOB_OPTIONS, jobId: `run-${runId}` });
  }

  /** Queues a batch of digests; a veteran already queued in the run is not queued again. */
  async enqueueDigests(tasks: DigestTask[]): Promise<void> {
    const { maxAttempts, backoffMs } = this.settings.digest;
    await this.digests.addBulk(
      tasks.map((task) => ({
        name: 'digest' as const,
        data: task,
        opts: {
          jobId: digestJobId(task.runId, task.veteranId),
          attempts: maxAttempts,
          backoff: { type: 'exponential', delay: backoffMs, jitter: 0.2 },
          // The outcome is recorded in the run's progress; a done job needs no keeping.
          removeOnComplete: true,
          removeOnFail: { age: RETAIN_FAILED_SECONDS },
        },
      })),
    );
  }

  /** Puts a veteran's digest that failed for good back in the queue; false when it is not failed (any more). */
  async retryDigest(runId: string, veteranId: string): Promise<boolean> {
    const job = await this.digests.getJob(digestJobId(runId, veteranId));
    if (!job || !(await job.isFailed())) return false;
    await job.retry('failed');
    return true;
  }

  private get runs() {
    return this.registry.queue(runsQueue);
  }

  private get digests() {
    return this.registry.queue(digestsQueue);
  }
}
