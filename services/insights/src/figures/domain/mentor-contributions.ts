import type {
  MentorVerifiedPayload,
  SessionBookedPayload,
  SessionCancelledPayload,
  SessionCompletedPayload,
} from '@vetlink/contracts';
import { counted, type Contribution, type Place } from './contribution';

/** Session events carry no city (mentors.ts): their figures stay under `unknown`. */
const NO_PLACE: Place = {};

export function mentorVerifiedContributions(verified: MentorVerifiedPayload): Contribution[] {
  return [counted('mentors-verified', verified.verifiedAt, verified)];
}

export function sessionBookedContributions(booked: SessionBookedPayload): Contribution[] {
  return [counted('mentor-sessions-booked', booked.bookedAt, NO_PLACE)];
}

export function sessionCancelledContributions(cancelled: SessionCancelledPayload): Contribution[] {
  return [counted('mentor-sessions-cancelled', cancelled.cancelledAt, NO_PLACE)];
}

export function sessionCompletedContributions(completed: SessionCompletedPayload): Contribution[] {
  const figure = completed.outcome === 'held' ? 'mentor-sessions-held' : 'mentor-sessions-no-show';
  return [counted(figure, completed.completedAt, NO_PLACE)];
}
