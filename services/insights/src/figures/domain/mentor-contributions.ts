import type {
  MentorVerifiedPayload,
  SessionBookedPayload,
  SessionCancelledPayload,
  SessionCompletedPayload,
} from '@vetlink/contracts';
import { counted, type Contribution } from './contribution';

export function mentorVerifiedContributions(verified: MentorVerifiedPayload): Contribution[] {
  return [counted('mentors-verified', verified.verifiedAt, verified)];
}

/**
 * A session's events name the city it is counted in (the veteran's home city, fixed at booking); those
 * of sessions booked before they did name none and stay under `unknown`.
 */
export function sessionBookedContributions(booked: SessionBookedPayload): Contribution[] {
  return [counted('mentor-sessions-booked', booked.bookedAt, booked)];
}

export function sessionCancelledContributions(cancelled: SessionCancelledPayload): Contribution[] {
  return [counted('mentor-sessions-cancelled', cancelled.cancelledAt, cancelled)];
}

export function sessionCompletedContributions(completed: SessionCompletedPayload): Contribution[] {
  const figure = completed.outcome === 'held' ? 'mentor-sessions-held' : 'mentor-sessions-no-show';
  return [counted(figure, completed.completedAt, completed)];
}
