import type {
  MentorVerifiedPayload,
  SessionBookedPayload,
  SessionCancelledPayload,
  SessionReminderDuePayload,
  SessionRescheduledPayload,
} from '@vetlink/contracts';

/** One notification to send: to whom, with which template and data. */
export interface MentorNotice {
  userId: string;
  type: 'mentor-session-booked' | 'mentor-booking-changed' | 'mentor-session-reminder' | 'mentor-verified';
  data: Record<string, unknown>;
}

/** mentors.session-booked → a confirmation to the veteran and a notice to the mentor. */
export function bookedNotices(session: SessionBookedPayload): MentorNotice[] {
  const data = {
    sessionId: session.sessionId,
    mentorName: session.mentorName,
    topic: session.topic,
    startsAt: session.start,
    mode: session.mode,
  };
  return [
    { userId: session.veteranId, type: 'mentor-session-booked', data: { ...data, reader: 'veteran' } },
    { userId: session.mentorId, type: 'mentor-session-booked', data: { ...data, reader: 'mentor' } },
  ];
}

/**
 * mentors.session-rescheduled / -cancelled → both people are told, except the one who made the change.
 * A cancellation names the time it had; a move the new time.
 */
export function changedNotices(session: SessionRescheduledPayload | SessionCancelledPayload): MentorNotice[] {
  const cancelled = 'cancelledBy' in session;
  const by = cancelled ? session.cancelledBy : session.rescheduledBy;
  const data = {
    sessionId: session.sessionId,
    mentorName: session.mentorName,
    change: cancelled ? 'cancelled' : 'rescheduled',
    startsAt: session.start,
  };
  const readers: [string, string][] = [
    [session.veteranId, 'veteran'],
    [session.mentorId, 'mentor'],
  ];
  return readers
    .filter(([, role]) => role !== by)
    .map(([userId]) => ({ userId, type: 'mentor-booking-changed' as const, data }));
}

/** mentors.session-reminder-due → a reminder to both people. */
export function reminderNotices(session: SessionReminderDuePayload): MentorNotice[] {
  const data = {
    sessionId: session.sessionId,
    mentorName: session.mentorName,
    startsAt: session.start,
    place: session.mode === 'online' ? '线上 / online' : '面谈 / in person',
  };
  return [session.veteranId, session.mentorId].map((userId) => ({
    userId,
    type: 'mentor-session-reminder' as const,
    data,
  }));
}

/** mentors.mentor-verified → the mentor is told. */
export function verifiedNotices(mentor: MentorVerifiedPayload): MentorNotice[] {
  return [
    {
      userId: mentor.mentorId,
      type: 'mentor-verified',
      data: { mentorId: mentor.mentorId, displayName: mentor.displayName },
    },
  ];
}
