import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock, CLOCK } from '@vetlink/clock';
import { courseRunStarting } from '@vetlink/contracts';
import { NotFoundError } from '@vetlink/http';
import { eventOrigin, pendingEvent } from '@vetlink/messaging';
import { FindCourses } from '../../courses/use-cases/find-courses';
import { EnrolmentsRepository } from '../../enrolments/enrolments.repository';
import { SERVICE_NAME } from '../../service-name';
import { reminderStaleness, ReminderJob, sentReminderId } from '../domain/reminder-schedule';
import { runStartingPayload } from '../domain/run-starting-event';
import { SentRemindersRepository } from '../sent-reminders.repository';

/**
 * A reminder's time came: `trainings.run-starting` goes out through the outbox, provided the enrolment
 * still holds its seat in the run and the run's first day is the one the reminder was queued for, and
 * only once per enrolment, first day and offset (the insert of its record decides).
 */
@Injectable()
export class SendRunReminder {
  private readonly logger = new Logger(SendRunReminder.name);

  constructor(
    private readonly enrolments: EnrolmentsRepository,
    private readonly find: FindCourses,
    private readonly sent: SentRemindersRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(job: ReminderJob): Promise<'sent' | 'stale' | 'repeat'> {
    const enrolment = await this.enrolments.find(job.enrolmentId);
    const context = enrolment ? await this.runOf(enrolment.runId) : undefined;
    const now = this.clock.now();
    const stale = reminderStaleness(job, enrolment, context?.run, now);
    if (stale || !enrolment || !context) {
      this.logger.debug({ enrolmentId: job.enrolmentId, reason: stale }, 'reminder not sent');
      return 'stale';
    }
    const event = pendingEvent(
      courseRunStarting,
      runStartingPayload(enrolment, context.run, context.course, job),
      eventOrigin(SERVICE_NAME, now),
    );
    const first = await this.sent.recordOnce(sentReminderId(job), enrolment.id, now, [event]);
    return first ? 'sent' : 'repeat';
  }

  private async runOf(runId: string) {
    try {
      return await this.find.run(runId);
    } catch (error) {
      if (error instanceof NotFoundError) return undefined;
      throw error;
    }
  }
}
