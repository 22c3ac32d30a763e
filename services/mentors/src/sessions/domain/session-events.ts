import {
  sessionAddressField,
  sessionMeetingLinkField,
  type SessionBookedPayload,
  type SessionCancelledPayload,
  type SessionCompletedPayload,
  type SessionReminderDuePayload,
  type SessionRescheduledPayload,
} from '@vetlink/contracts';
import { Session, SessionActor } from './session';

/**
 * What every session event says: enough to write a message from the event alone, its place included
 * (the booking e-mails' calendar invite is built from it), never private notes or the veteran's note;
 * and the city its figures are counted in (a session booked before the city was kept has none).
 */
export function sessionFields(session: Session) {
  return {
    sessionId: session.id,
    mentorId: session.mentorId,
    mentorName: session.mentorName,
    veteranId: session.veteranId,
    start: session.start.toISOString(),
    end: session.end.toISOString(),
    mode: session.mode,
    topic: session.topic,
    sequence: session.sequence,
    ...placeOf(session),
    ...(session.cityId ? { cityId: session.cityId } : {}),
  };
}

/**
 * The session's address or meeting link, when the contract takes it. A place stored before the API
 * refused what the contract refuses (a link with a line break) is left out rather than let it stop a
 * cancellation or a reminder: the session's page still shows it.
 */
function placeOf(session: Pick<Session, 'address' | 'meetingLink'>) {
  const address = sessionAddressField.safeParse(session.address);
  const meetingLink = sessionMeetingLinkField.safeParse(session.meetingLink);
  return {
    ...(address.success ? { address: address.data } : {}),
    ...(meetingLink.success ? { meetingLink: meetingLink.data } : {}),
  };
}

export function bookedPayload(session: Session): SessionBookedPayload {
  return { ...sessionFields(session), bookedAt: session.bookedAt.toISOString() };
}

export function cancelledPayload(
  session: Session,
  by: SessionActor,
  at: Date,
  reason?: string,
): SessionCancelledPayload {
  return {
    ...sessionFields(session),
    cancelledBy: by,
    ...(reason ? { reason } : {}),
    cancelledAt: at.toISOString(),
  };
}

export function rescheduledPayload(
  moved: Session,
  previous: Pick<Session, 'start' | 'end'>,
  by: SessionActor,
  at: Date,
): SessionRescheduledPayload {
  return {
    ...sessionFields(moved),
    previousStart: previous.start.toISOString(),
    previousEnd: previous.end.toISOString(),
    rescheduledBy: by,
    rescheduledAt: at.toISOString(),
  };
}

export function reminderPayload(session: Session, minutesBefore: number): SessionReminderDuePayload {
  return { ...sessionFields(session), minutesBefore };
}

export function completedPayload(
  session: Session,
  outcome: 'held' | 'no-show',
  at: Date,
): SessionCompletedPayload {
  return { ...sessionFields(session), outcome, completedAt: at.toISOString() };
}
