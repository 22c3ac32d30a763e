import { Controller } from '@nestjs/common';
import {
  EventEnvelope,
  mentorVerified,
  MentorVerifiedPayload,
  SessionBookedPayload,
  sessionBooked,
  sessionCancelled,
  SessionCancelledPayload,
  sessionReminderDue,
  SessionReminderDuePayload,
  sessionRescheduled,
  SessionRescheduledPayload,
} from '@vetlink/contracts';
import { HandleEvent } from '@vetlink/messaging';
import { reminderSkip, sessionChangeSkip } from './domain/freshness';
import { bookedNotices, changedNotices, reminderNotices, verifiedNotices } from './domain/mentor-notices';
import { SendProgrammeNotices } from './send-notices';
import { SessionStatesRepository } from './sessions/session-states.repository';

/**
 * The mentors events into notices. A session's booking, moves and cancellation are recorded first
 * (session_states), so that a reminder read after them is not sent; each event is applied once by the
 * consumer's ledger, and a repeat is harmless (monotonic state, notifications keyed by their cause).
 */
@Controller()
export class MentorSessionNoticesHandler {
  constructor(
    private readonly notices: SendProgrammeNotices,
    private readonly sessions: SessionStatesRepository,
  ) {}

  @HandleEvent(mentorVerified)
  async mentorVerified(event: EventEnvelope<MentorVerifiedPayload>): Promise<void> {
    await this.notices.unlessTooOld(event, verifiedNotices(event.payload));
  }

  @HandleEvent(sessionBooked)
  async sessionBooked(event: EventEnvelope<SessionBookedPayload>): Promise<void> {
    const state = await this.recordSession(event, false);
    const skip = sessionChangeSkip(event.payload, 'booked', state, this.notices.reading(event));
    await this.notices.unlessSkipped(event, skip, bookedNotices(event.payload));
  }

  @HandleEvent(sessionRescheduled)
  async sessionRescheduled(event: EventEnvelope<SessionRescheduledPayload>): Promise<void> {
    const state = await this.recordSession(event, false);
    const skip = sessionChangeSkip(event.payload, 'rescheduled', state, this.notices.reading(event));
    await this.notices.unlessSkipped(event, skip, changedNotices(event.payload));
  }

  @HandleEvent(sessionCancelled)
  async sessionCancelled(event: EventEnvelope<SessionCancelledPayload>): Promise<void> {
    const state = await this.recordSession(event, true);
    const skip = sessionChangeSkip(event.payload, 'cancelled', state, this.notices.reading(event));
    await this.notices.unlessSkipped(event, skip, changedNotices(event.payload));
  }

  @HandleEvent(sessionReminderDue)
  async sessionReminderDue(event: EventEnvelope<SessionReminderDuePayload>): Promise<void> {
    const state = await this.sessions.of(event.payload.sessionId);
    const skip = reminderSkip(event.payload, state, this.notices.reading(event));
    await this.notices.unlessSkipped(event, skip, reminderNotices(event.payload));
  }

  private async recordSession(
    event: EventEnvelope<{ sessionId: string; sequence: number; end: string }>,
    cancelled: boolean,
  ) {
    const { sessionId, sequence, end } = event.payload;
    await this.sessions.record(
      sessionId,
      { sequence, cancelled, endsAt: new Date(end) },
      this.notices.reading(event).now,
    );
    return this.sessions.of(sessionId);
  }
}
