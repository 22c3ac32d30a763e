import { Inject, Injectable } from '@nestjs/common';
import { Clock, CLOCK } from '@vetlink/clock';
import { sessionReminderDue } from '@vetlink/contracts';
import { eventOrigin, pendingEvent } from '@vetlink/messaging';
import { SERVICE_NAME } from '../../service-name';
import { reminderPayload } from '../domain/session-events';
import { reminderEffectId, SessionChangesRepository } from '../session-changes.repository';
import type { ReminderJob } from '../session-reminders';
import { SessionsRepository } from '../sessions.repository';

/**
 * A reminder's time came: `mentors.session-reminder-due` goes out, provided the session is still booked
 * at the version the reminder was queued for (never for a cancelled or moved session), and only once.
 */
@Injectable()
export class SendReminder {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly changes: SessionChangesRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(job: ReminderJob): Promise<'sent' | 'stale' | 'repeat'> {
    const session = await this.sessions.findById(job.sessionId);
    if (!session || session.status !== 'booked' || session.sequence !== job.sequence) return 'stale';
    const now = this.clock.now();
    if (
      !(await this.changes.takeOnce(reminderEffectId(session.id, session.sequence, job.minutesBefore), now))
    )
      return 'repeat';
    const event = pendingEvent(
      sessionReminderDue,
      reminderPayload(session, job.minutesBefore),
      eventOrigin(SERVICE_NAME, now),
    );
    await this.sessions.annotate(session.id, { $push: { remindedOffsets: job.minutesBefore } }, [event]);
    return 'sent';
  }
}
