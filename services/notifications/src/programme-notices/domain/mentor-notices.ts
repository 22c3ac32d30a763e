import type {
  MentorVerifiedPayload,
  SessionBookedPayload,
  SessionCancelledPayload,
  SessionReminderDuePayload,
  SessionRescheduledPayload,
} from '@vetlink/contracts';
import { causeOf, Notice } from './notice';

/** mentors.session-booked → a confirmation to the veteran and a notice to the mentor (critical). */
export function bookedNotices(session: SessionBookedPayload): Notice[] {
  const data = {
    ...inviteData(session, session.bookedAt),
    mode: session.mode,
  };
  return [
    {
      userId: session.veteranId,
      type: 'mentor-session-booked',
      cause: causeOf(session.sessionId, session.sequence, session.veteranId),
      data: { ...data, reader: 'veteran' },
    },
    {
      userId: session.mentorId,
      type: 'mentor-session-booked',
      cause: causeOf(session.sessionId, session.sequence, session.mentorId),
      data: { ...data, reader: 'mentor' },
    },
  ];
}

/**
 * mentors.session-rescheduled / -cancelled → both people are told, except the one who made the change
 * (an officer's change is told to both). A cancellation names the time it had; a move the new and old times.
 */
export function changedNotices(session: SessionRescheduledPayload | SessionCancelledPayload): Notice[] {
  const cancelled = 'cancelledBy' in session;
  const by = cancelled ? session.cancelledBy : session.rescheduledBy;
  const data = {
    ...inviteData(session, cancelled ? session.cancelledAt : session.rescheduledAt),
    change: cancelled ? 'cancelled' : 'rescheduled',
    ...(cancelled ? {} : { previousStartsAt: session.previousStart }),
  };
  const readers: [string, string][] = [
    [session.veteranId, 'veteran'],
    [session.mentorId, 'mentor'],
  ];
  return readers
    .filter(([, role]) => role !== by)
    .map(([userId]) => ({
      userId,
      type: 'mentor-booking-changed',
      cause: causeOf(session.sessionId, session.sequence, userId),
      data,
    }));
}

/** What the calendar invite of a booking e-mail is rendered from: the event's session at this version. */
function inviteData(
  session: SessionBookedPayload | SessionRescheduledPayload | SessionCancelledPayload,
  changedAt: string,
) {
  return {
    sessionId: session.sessionId,
    mentorName: session.mentorName,
    topic: session.topic,
    startsAt: session.start,
    endsAt: session.end,
    sequence: session.sequence,
    changedAt,
    ...placeOf(session),
  };
}

/** The session's address or meeting link (LOCATION or URL in the invite), when its event carries one. */
function placeOf(session: { address?: string; meetingLink?: string }) {
  return {
    ...(session.address ? { address: session.address } : {}),
    ...(session.meetingLink ? { meetingLink: session.meetingLink } : {}),
  };
}

/** mentors.session-reminder-due → a reminder to both people (urgent: quiet hours do not hold it). */
export function reminderNotices(session: SessionReminderDuePayload): Notice[] {
  const data = {
    sessionId: session.sessionId,
    mentorName: session.mentorName,
    startsAt: session.start,
    mode: session.mode,
    topic: session.topic,
    ...placeOf(session),
  };
  return [session.veteranId, session.mentorId].map((userId) => ({
    userId,
    type: 'mentor-session-reminder',
    cause: causeOf(session.sessionId, session.sequence, session.minutesBefore, userId),
    data,
  }));
}

/** mentors.mentor-verified → the mentor is told (once per verification). */
export function verifiedNotices(mentor: MentorVerifiedPayload): Notice[] {
  return [
    {
      userId: mentor.mentorId,
      type: 'mentor-verified',
      cause: causeOf(mentor.mentorId, mentor.verifiedAt),
      data: { mentorId: mentor.mentorId, displayName: mentor.displayName },
    },
  ];
}
