import type {
  CourseCompletedPayload,
  CourseEnrolledPayload,
  CourseEnrolmentCancelledPayload,
  CourseRunStartingPayload,
} from '@vetlink/contracts';
import { isTooOld, Reading, SkipReason } from './freshness';
import { causeOf, Notice } from './notice';

/*
 * The trainings events (libs/contracts/src/events/trainings.ts) into the veteran's notices. Each event
 * carries the course, its city and its days, so every message is written from the event alone.
 */

function runData(event: CourseEnrolledPayload | CourseEnrolmentCancelledPayload | CourseCompletedPayload) {
  return {
    enrolmentId: event.enrolmentId,
    courseTitle: event.courseTitle,
    cityId: event.cityId,
    startsOn: event.startsOn,
    endsOn: event.endsOn,
  };
}

/** trainings.enrolled → a seat (critical), a place in line, or a promotion from the line (critical). */
export function enrolledNotice(enrolment: CourseEnrolledPayload): Notice {
  const base = runData(enrolment);
  if (enrolment.status === 'waitlisted')
    return {
      userId: enrolment.veteranId,
      type: 'training-waitlisted',
      cause: causeOf(enrolment.enrolmentId, 'waitlisted'),
      data: { ...base, waitlistPosition: enrolment.waitlistPosition },
    };
  const promoted = enrolment.promotedFromWaitlist;
  return {
    userId: enrolment.veteranId,
    type: promoted ? 'training-promoted' : 'training-seat-confirmed',
    cause: causeOf(enrolment.enrolmentId, promoted ? 'promoted' : 'seat'),
    data: { ...base, seatNo: enrolment.seatNo, ...whereAndWho(enrolment) },
  };
}

/** The place, mode and provider, when the event carries them (events before they were added do not). */
function whereAndWho({ mode, venue, provider }: CourseEnrolledPayload) {
  return {
    ...(mode ? { mode } : {}),
    ...(venue ? { venue } : {}),
    ...(provider ? { provider } : {}),
  };
}

/** trainings.enrolment-cancelled → the veteran (critical: a seat given up, perhaps by someone else). */
export function enrolmentCancelledNotice(cancelled: CourseEnrolmentCancelledPayload): Notice {
  return {
    userId: cancelled.veteranId,
    type: 'training-enrolment-cancelled',
    cause: causeOf(cancelled.enrolmentId, 'cancelled'),
    data: {
      ...runData(cancelled),
      previousStatus: cancelled.previousStatus,
      cancelledBy: cancelled.cancelledBy,
    },
  };
}

/** trainings.course-completed → the veteran: the skills and certificates now verified. */
export function courseCompletedNotice(completed: CourseCompletedPayload): Notice {
  return {
    userId: completed.veteranId,
    type: 'training-completed',
    cause: causeOf(completed.enrolmentId, 'completed'),
    data: { ...runData(completed), skillIds: completed.skillIds, certificateIds: completed.certificateIds },
  };
}

/** trainings.run-starting → the veteran, once per enrolment and reminder time. */
export function runReminderNotice(reminder: CourseRunStartingPayload): Notice {
  return {
    userId: reminder.veteranId,
    type: 'training-run-reminder',
    cause: causeOf(reminder.enrolmentId, 'reminder', reminder.remindAt),
    data: {
      enrolmentId: reminder.enrolmentId,
      courseTitle: reminder.courseTitle,
      cityId: reminder.cityId,
      startsOn: reminder.startsOn,
      endsOn: reminder.endsOn,
      provider: reminder.provider,
      mode: reminder.mode,
      venue: reminder.venue,
      seatNo: reminder.seatNo,
      daysBefore: reminder.daysBefore,
    },
  };
}

/** Midnight of a calendar day in Asia/Shanghai: when a run begins. */
function runStart(startsOn: string): number {
  return new Date(`${startsOn}T00:00:00.000+08:00`).getTime();
}

/**
 * A seat, a place in line or a cancellation read once the run has begun is moot (a backlog, a new
 * consumer group reading the topic from its start); and nothing older than the bound.
 */
export function enrolmentNoticeSkip(run: { startsOn: string }, reading: Reading): SkipReason | null {
  if (isTooOld(reading.occurredAt, reading.now, reading.maxAgeMs)) return 'too-old';
  if (reading.now.getTime() >= runStart(run.startsOn)) return 'run-started';
  return null;
}

/**
 * A reminder: not once the run has begun, and not when read later than half its lead time after it was
 * due (one due at 08:00 the day before, read after 16:00, comes too close to the start to help). A
 * withdrawal before it was due kept trainings from sending it; one after it follows it on the veteran's
 * partition and is told.
 */
export function runReminderSkip(
  reminder: { startsOn: string; remindAt: string },
  reading: Reading,
): SkipReason | null {
  const skip = enrolmentNoticeSkip(reminder, reading);
  if (skip) return skip;
  const due = new Date(reminder.remindAt).getTime();
  const leadMs = runStart(reminder.startsOn) - due;
  if (reading.now.getTime() - due > leadMs / 2) return 'reminder-late';
  return null;
}
