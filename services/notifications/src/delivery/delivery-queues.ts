import { DynamicModule, Inject, Injectable } from '@nestjs/common';
import { Clock, CLOCK } from '@vetlink/clock';
import { NOTIFICATION_CHANNELS, NotificationChannel } from '@vetlink/contracts';
import {
  defineQueue,
  QueueClient,
  QueueDefinition,
  QueueDefinitionOptions,
  QueueRegistry,
  QueuesModule,
} from '@vetlink/queues';
import { NotificationsSettings, SETTINGS } from '../shared/settings.module';

export interface DeliveryJobData {
  deliveryId: string;
}

/** A channel's queue carries one job name: the channel's. */
type DeliveryJobs<Channel extends NotificationChannel> = Record<Channel, DeliveryJobData>;
export type DeliveryQueue<Channel extends NotificationChannel> = QueueDefinition<DeliveryJobs<Channel>>;

/** Queue names are forever (jobs wait in them across deploys); one per channel, so a slow gateway delays only its own. */
export function queueNameOf(channel: NotificationChannel): string {
  return `notify-${channel}`;
}

function deliveryQueueOf<Channel extends NotificationChannel>(channel: Channel): DeliveryQueue<Channel> {
  const jobs = { [channel]: true } as QueueDefinitionOptions<DeliveryJobs<Channel>>['jobs'];
  return defineQueue<DeliveryJobs<Channel>>(queueNameOf(channel), { jobs });
}

export const deliveryQueues: { readonly [Channel in NotificationChannel]: DeliveryQueue<Channel> } = {
  'in-app': deliveryQueueOf('in-app'),
  email: deliveryQueueOf('email'),
  sms: deliveryQueueOf('sms'),
  wechat: deliveryQueueOf('wechat'),
};

/** Every channel's queue; their workers run unless PROCESS_ROLE=api (then a `worker` process of this service runs them). */
export function registerDeliveryQueues(): DynamicModule[] {
  return NOTIFICATION_CHANNELS.map((channel) =>
    QueuesModule.registerQueue(deliveryQueues[channel], {
      inject: [SETTINGS],
      worker: (settings: NotificationsSettings) => ({ concurrency: settings.delivery.concurrency }),
    }),
  );
}

/**
 * Queues deliveries: job id = delivery id (`${notificationId}-${channel}`, so the same delivery is never
 * queued twice), exponential backoff with jitter, held messages as delayed jobs.
 */
@Injectable()
export class DeliveryQueues {
  constructor(
    private readonly registry: QueueRegistry,
    @Inject(SETTINGS) private readonly settings: NotificationsSettings,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Queues a delivery, delayed until `notBefore` (by this service's clock); a repeat of a queued one is a no-op. */
  async enqueue(deliveryId: string, channel: NotificationChannel, notBefore: Date | null): Promise<void> {
    await this.queue(channel).add(channel, { deliveryId }, this.jobOptions(deliveryId, notBefore));
  }

  /** Many deliveries, one `addBulk` per channel; the same job ids as `enqueue`, so repeats are no-ops. */
  async enqueueMany(
    deliveries: readonly { deliveryId: string; channel: NotificationChannel; notBefore: Date | null }[],
  ): Promise<void> {
    for (const channel of NOTIFICATION_CHANNELS) {
      const jobs = deliveries
        .filter((delivery) => delivery.channel === channel)
        .map(({ deliveryId, notBefore }) => ({
          name: channel,
          data: { deliveryId },
          opts: this.jobOptions(deliveryId, notBefore),
        }));
      if (jobs.length > 0) await this.queue(channel).addBulk(jobs);
    }
  }

  private jobOptions(deliveryId: string, notBefore: Date | null) {
    const { maxAttempts, backoffMs } = this.settings.delivery;
    return {
      jobId: deliveryId,
      delay: notBefore ? Math.max(0, notBefore.getTime() - this.clock.now().getTime()) : 0,
      attempts: maxAttempts,
      backoff: { type: 'exponential' as const, delay: backoffMs, jitter: 0.2 },
      removeOnComplete: { age: 24 * 3600, count: 100_000 },
      removeOnFail: { age: 14 * 24 * 3600 },
    };
  }

  /** Jobs per state of one channel's queue (benchmarks and tests). */
  counts(channel: NotificationChannel) {
    return this.queue(channel).getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed');
  }

  private queue<Channel extends NotificationChannel>(channel: Channel): QueueClient<DeliveryJobs<Channel>> {
    return this.registry.queue(deliveryQueues[channel]);
  }
}
