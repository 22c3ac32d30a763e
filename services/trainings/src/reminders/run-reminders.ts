import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock, CLOCK } from '@vetlink/clock';
import { defineQueue, QueueClient, QueueRegistry } from '@vetlink/queues';
import { reminderJobId, ReminderJob, remindersAhead } from './domain/reminder-schedule';
import { REMINDER_SETTINGS, ReminderSettings } from './reminder-settings';

/** Queue and job names are forever: delayed reminders wait in Redis under them across deploys. */
export const runReminderQueue = defineQueue<{ remind: ReminderJob }>('training-run-reminders', {
  jobs: { remind: true },
});

/** A seat in a run, as the reminders need it. */
export interface SeatHeld {
  enrolmentId: string;
  runId: string;
  startsOn: string;
}

/**
 * Reminders before a run as BullMQ delayed jobs, one per configured offset (RUN_REMINDERS). They are
 * queued when a seat is taken (enrolment or promotion) before the enrolment is written, and checked
 * against the enrolment and the run when they fire, so a crash in between costs nothing; a withdrawal
 * removes them.
 */
@Injectable()
export class RunReminders {
  private readonly logger = new Logger(RunReminders.name);

  constructor(
    private readonly registry: QueueRegistry,
    @Inject(REMINDER_SETTINGS) private readonly settings: ReminderSettings,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Queues the reminders still ahead for this seat; returns their job ids. */
  async schedule(seat: SeatHeld): Promise<string[]> {
    const ids: string[] = [];
    for (const { job, jobId, delayMs } of remindersAhead(seat, this.settings.offsets, this.clock.now())) {
      await this.queue.add('remind', job, {
        jobId,
        delay: delayMs,
        attempts: 5,
        backoff: { type: 'exponential', delay: 1000 },
        removeOnComplete: { age: 7 * 24 * 3600 },
        removeOnFail: { age: 14 * 24 * 3600 },
      });
      ids.push(jobId);
    }
    return ids;
  }

  /**
   * Removes the seat's reminders that have not fired. Never fails the withdrawal that calls it: a job
   * left behind (Redis unreachable, or a worker sending it right now) finds the enrolment cancelled when
   * it fires and sends nothing.
   */
  async unschedule(seat: Omit<SeatHeld, 'runId'>): Promise<void> {
    for (const jobId of this.jobIdsOf(seat)) {
      try {
        await (await this.queue.getJob(jobId))?.remove();
      } catch (error) {
        this.logger.warn({ jobId, error: (error as Error).message }, 'reminder not removed');
      }
    }
  }

  /** The seat's reminder jobs that wait (tests, support). */
  async pending(seat: Omit<SeatHeld, 'runId'>): Promise<string[]> {
    const waiting: string[] = [];
    for (const jobId of this.jobIdsOf(seat)) {
      const queued = await this.queue.getJob(jobId);
      if (queued && (await queued.isDelayed())) waiting.push(jobId);
    }
    return waiting;
  }

  private jobIdsOf(seat: Omit<SeatHeld, 'runId'>): string[] {
    return this.settings.offsets.map((offset) => reminderJobId({ ...seat, ...offset }));
  }

  private get queue(): QueueClient<{ remind: ReminderJob }> {
    return this.registry.queue(runReminderQueue);
  }
}
