import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { NOTIFICATION_CHANNELS, NotificationChannel } from '@vetlink/contracts';
import { createLogger } from '@vetlink/logging';
import { createRedisConnection, REDIS } from '@vetlink/queues';
import { DelayedError, Job, Queue, UnrecoverableError, Worker } from 'bullmq';
import type Redis from 'ioredis';
import { SERVICE_NAME } from '../service-name';
import { Clock, CLOCK } from '@vetlink/clock';
import { NotificationsSettings, SETTINGS } from '../shared/settings.module';
import { DeliverNotification } from './deliver-notification';

interface DeliveryJobData {
  deliveryId: string;
}

/** Queue names are forever (jobs wait in them across deploys); one per channel, so a slow gateway delays only its own. */
export function queueNameOf(channel: NotificationChannel): string {
  return `notify-${channel}`;
}

/**
 * BullMQ for deliveries: one queue and worker per channel, job id = delivery id (`${notificationId}-${channel}`,
 * so the same delivery is never queued twice), exponential backoff with jitter, held messages as delayed
 * jobs. Workers run unless DELIVERY_WORKERS=off (then another process of this service runs them).
 */
@Injectable()
export class DeliveryQueues implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = createLogger({ service: SERVICE_NAME }).child({ component: 'delivery-queues' });
  private readonly queues = new Map<NotificationChannel, Queue<DeliveryJobData>>();
  private readonly workers: Worker<DeliveryJobData>[] = [];
  private readonly workerConnections: Redis[] = [];

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(SETTINGS) private readonly settings: NotificationsSettings,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly deliver: DeliverNotification,
  ) {}

  onModuleInit() {
    for (const channel of NOTIFICATION_CHANNELS) {
      this.queues.set(channel, new Queue<DeliveryJobData>(queueNameOf(channel), { connection: this.redis, prefix: this.settings.delivery.queuePrefix }));
    }
  }

  onApplicationBootstrap() {
    if (!this.settings.delivery.workers) return;
    for (const channel of NOTIFICATION_CHANNELS) {
      const connection = createRedisConnection(this.settings.delivery.redisUrl);
      this.workerConnections.push(connection);
      const worker = new Worker<DeliveryJobData>(queueNameOf(channel), (job, token) => this.process(job, token), {
        connection,
        prefix: this.settings.delivery.queuePrefix,
        concurrency: this.settings.delivery.concurrency,
      });
      worker.on('error', (error) => this.logger.warn({ err: error, channel }, 'delivery worker error'));
      this.workers.push(worker);
    }
  }

  /** Queues a delivery, delayed until `notBefore` (by this service's clock); a repeat of a queued one is a no-op. */
  async enqueue(deliveryId: string, channel: NotificationChannel, notBefore: Date | null): Promise<void> {
    const { maxAttempts, backoffMs } = this.settings.delivery;
    await this.queue(channel).add(
      channel,
      { deliveryId },
      {
        jobId: deliveryId,
        delay: notBefore ? Math.max(0, notBefore.getTime() - this.clock.now().getTime()) : 0,
        attempts: maxAttempts,
        backoff: { type: 'exponential', delay: backoffMs, jitter: 0.2 },
        removeOnComplete: { age: 24 * 3600, count: 100_000 },
        removeOnFail: { age: 14 * 24 * 3600 },
      },
    );
  }

  /** Jobs per state of one channel's queue (benchmarks and tests). */
  counts(channel: NotificationChannel) {
    return this.queue(channel).getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed');
  }

  private async process(job: Job<DeliveryJobData>, token: string | undefined): Promise<void> {
    const outcome = await this.deliver.execute(job.data.deliveryId, job.attemptsMade + 1, job.opts.attempts ?? 1);
    switch (outcome.kind) {
      case 'done':
        return;
      case 'hold': {
        // Our clock may be set apart from real time (tests); BullMQ's delays are real time.
        const wait = Math.max(0, outcome.until.getTime() - this.clock.now().getTime());
        await job.moveToDelayed(Date.now() + wait, token);
        throw new DelayedError();
      }
      case 'retry':
        throw new Error(outcome.reason);
      case 'give-up':
        throw new UnrecoverableError(outcome.reason);
    }
  }

  private queue(channel: NotificationChannel): Queue<DeliveryJobData> {
    return this.queues.get(channel) as Queue<DeliveryJobData>;
  }

  /** Lets the jobs in flight finish before the database connection closes. */
  async beforeApplicationShutdown() {
    await Promise.all(this.workers.map((worker) => worker.close()));
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    await Promise.all(this.workerConnections.map((connection) => connection.quit().catch(() => connection.disconnect())));
  }
}
