import { recordJobRun } from '@vetlink/metrics';
import type { Logger } from 'pino';
import { Job, Worker } from 'bullmq';
import type Redis from 'ioredis';
import type { QueueHandlers } from './handler-table';
import { inJobSpan } from './job-trace';
import type { QueueIdentity } from './queue-definition';
import type { QueueWorkerOptions } from './queue-registration';
import { createRedisConnection } from './redis-connection';

export interface WorkerSpec {
  queue: QueueIdentity;
  handlers: QueueHandlers;
  options: QueueWorkerOptions;
  redisUrl: string;
  prefix: string | undefined;
  logger: Logger;
}

/** A worker on its own connection (it blocks waiting for jobs), dispatching each job to its name's handler. */
export class RunningWorker {
  private readonly connection: Redis;
  private readonly worker: Worker;
  private readonly listenersInFlight = new Set<Promise<void>>();

  constructor(private readonly spec: WorkerSpec) {
    this.connection = createRedisConnection(spec.redisUrl);
    this.worker = new Worker(spec.queue.name, (job, token) => this.process(job, token), {
      ...spec.options,
      connection: this.connection,
      prefix: spec.prefix,
    });
    this.worker.on('error', (error) =>
      spec.logger.warn({ err: error, queue: spec.queue.name }, 'queue worker error'),
    );
    this.worker.on('failed', (job, error) => {
      if (job) recordJobRun(spec.queue.name, job.name, 'failed', runSeconds(job));
      if (job && failedForGood(job, error)) this.afterLastAttempt(job, error);
    });
    this.worker.on('completed', (job) =>
      recordJobRun(spec.queue.name, job.name, 'completed', runSeconds(job)),
    );
  }

  /** Waits for the jobs in flight and for what their last failures set off. */
  async close(): Promise<void> {
    await this.worker.close();
    await Promise.all(this.listenersInFlight);
  }

  async disconnect(): Promise<void> {
    await this.connection.quit().catch(() => this.connection.disconnect());
  }

  private async process(job: Job, token: string | undefined): Promise<unknown> {
    const handler = this.spec.handlers.processors.get(job.name);
    // Retried rather than dropped: during a rolling deploy a newer process may know the name.
    if (!handler)
      throw new Error(`no handler for job "${job.name}" of queue "${this.spec.queue.name}" in this process`);
    return inJobSpan(this.spec.queue.name, job, () => handler.call(job, token));
  }

  private afterLastAttempt(job: Job, error: Error): void {
    const listener = this.spec.handlers.afterLastAttempt.get(job.name);
    if (!listener) return;
    const running = Promise.resolve()
      .then(() => listener.call(job, error))
      .then(
        () => undefined,
        (listenerError: unknown) =>
          this.spec.logger.error(
            { err: listenerError, queue: this.spec.queue.name, jobId: job.id },
            `${listener.owner} failed`,
          ),
      )
      .finally(() => this.listenersInFlight.delete(running));
    this.listenersInFlight.add(running);
  }
}

/** From the attempt's start to its end (BullMQ's timestamps, in ms). */
function runSeconds(job: Job): number {
  const ended = job.finishedOn ?? Date.now();
  return Math.max(0, ended - (job.processedOn ?? ended)) / 1000;
}

function failedForGood(job: Job, error: Error): boolean {
  return error.name === 'UnrecoverableError' || job.attemptsMade >= (job.opts.attempts ?? 1);
}
