import { Inject, Injectable } from '@nestjs/common';
import { Clock, CLOCK } from '@vetlink/clock';
import { DelayedError, Job, ProcessJob, UnrecoverableError } from '@vetlink/queues';
import { DeliveryJobData, deliveryQueues } from '../delivery/delivery-queues';
import { DeliverNotification } from './use-cases/deliver-notification';

/**
 * A channel's delivery job: the outcome of one try decides what BullMQ does next — done, held (moved
 * back to delayed until quiet hours end), retried with backoff, or given up.
 */
@Injectable()
export class DeliveryJobHandler {
  constructor(
    private readonly deliver: DeliverNotification,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @ProcessJob(deliveryQueues['in-app'], 'in-app')
  @ProcessJob(deliveryQueues.email, 'email')
  @ProcessJob(deliveryQueues.sms, 'sms')
  @ProcessJob(deliveryQueues.wechat, 'wechat')
  async process(job: Job<DeliveryJobData>, token?: string): Promise<void> {
    const outcome = await this.deliver.execute(
      job.data.deliveryId,
      job.attemptsMade + 1,
      job.opts.attempts ?? 1,
    );
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
}
