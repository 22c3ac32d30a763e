import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock, CLOCK } from '@vetlink/clock';
import { defineQueue, QueueClient, QueueRegistry } from '@vetlink/queues';
import { MentorsSettings, SETTINGS } from '../settings.module';
import { Session } from './domain/session';

export interface ReminderJob {
  sessionId: string;
  sequence: number;
  minutesBefore: number;
}

/** Queue and job names are forever: delayed reminders wait in Redis under them across deploys. */
export const reminderQueue = defineQueue<{ remind: ReminderJob }>('mentor-session-reminders', {
  jobs: { remind: true },
});

/** A reminder's job id names its session, version and offset: the same reminder is never queued twice. */
export function reminderJobId(job: ReminderJob): string {
  return `${job.sessionId}-s${job.sequence}-m${job.minutesBefore}`;
}

/**
 * Reminders as BullMQ delayed jobs, one per configured offset before the start. They are queued before
 * the booking (or the move) is written and checked against the session when they fire, so a crash in
 * between costs nothing; cancelling or moving removes the old version's jobs.
 */
@Injectable()
export class SessionReminders {
  private readonly logger = new Logger(SessionReminders.name);

  constructor(
    private readonly registry: QueueRegistry,
    @Inject(SETTINGS) private readonly settings: MentorsSettings,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Queues the reminders still ahead for this version of the session; returns their job ids. */
  async schedule(session: Pick<Session, 'id' | 'sequence' | 'start'>): Promise<string[]> {
    const now = this.clock.now().getTime();
    const ids: string[] = [];
    for (const job of this.jobsOf(session)) {
      const delay = session.start.getTime() - job.minutesBefore * 60_000 - now;
      if (delay <= 0) continue; // booked closer to the start than this reminder
      const jobId = reminderJobId(job);
      await this.queue.add('remind', job, {
        jobId,
        delay,
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
   * Removes this version's reminders that have not fired. Never fails the change that calls it: a job
   * left behind (Redis unreachable, or a worker sending it right now) finds the session changed when it
   * fires and sends nothing.
   */
  async unschedule(session: Pick<Session, 'id' | 'sequence'>): Promise<void> {
    for (const job of this.jobsOf(session)) {
      const jobId = reminderJobId(job);
      try {
        await (await this.queue.getJob(jobId))?.remove();
      } catch (error) {
        this.logger.warn({ jobId, error: (error as Error).message }, 'reminder not removed');
      }
    }
  }

  /** Whether a reminder job of this session's version waits (tests, support). */
  async pending(session: Pick<Session, 'id' | 'sequence'>): Promise<string[]> {
    const waiting: string[] = [];
    for (const job of this.jobsOf(session)) {
      const queued = await this.queue.getJob(reminderJobId(job));
      if (queued && (await queued.isDelayed())) waiting.push(reminderJobId(job));
    }
    return waiting;
  }

  private jobsOf(session: Pick<Session, 'id' | 'sequence'>): ReminderJob[] {
    return this.settings.reminderOffsetsMinutes.map((minutesBefore) => ({
      sessionId: session.id,
      sequence: session.sequence,
      minutesBefore,
    }));
  }

  private get queue(): QueueClient<{ remind: ReminderJob }> {
    return this.registry.queue(reminderQueue);
  }
}
