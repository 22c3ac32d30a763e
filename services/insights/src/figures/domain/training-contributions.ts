import type {
  CourseCompletedPayload,
  CourseEnrolledPayload,
  CourseEnrolmentCancelledPayload,
  CourseRunPublishedPayload,
} from '@vetlink/contracts';
import { counted, ofCourse, type Contribution } from './contribution';
import type { FigureId } from './figures';
import type { RememberedCompletion, RememberedHire } from './hired-after-course';

interface CourseEvent {
  courseId: string;
  courseTitle: string;
  cityId: string;
}

/** Trainings events name the run's city, no district: each count also kept for its course. */
function forCourse(figure: FigureId, at: string, event: CourseEvent, amount = 1): Contribution {
  return ofCourse(counted(figure, at, { cityId: event.cityId }, amount), {
    id: event.courseId,
    title: event.courseTitle,
  });
}

export function runPublishedContributions(run: CourseRunPublishedPayload): Contribution[] {
  return [
    forCourse('course-runs-published', run.publishedAt, run),
    forCourse('course-places-offered', run.publishedAt, run, run.capacity),
  ];
}

export function enrolledContributions(enrolled: CourseEnrolledPayload): Contribution[] {
  if (enrolled.status === 'waitlisted')
    return [forCourse('course-waitlisted', enrolled.enrolledAt, enrolled)];
  return [
    forCourse('course-enrolments', enrolled.enrolledAt, enrolled),
    ...(enrolled.promotedFromWaitlist
      ? [forCourse('course-promoted-from-waitlist', enrolled.enrolledAt, enrolled)]
      : []),
  ];
}

export function enrolmentCancelledContributions(cancelled: CourseEnrolmentCancelledPayload): Contribution[] {
  return [forCourse('course-enrolments-cancelled', cancelled.cancelledAt, cancelled)];
}

export function completionContributions(completed: CourseCompletedPayload): Contribution[] {
  return [forCourse('course-completions', completed.completedAt, completed)];
}

/** A completion and the hire that paired with it: in the course's city, on the hire's day. */
export function hiredAfterCourseContribution(
  completion: RememberedCompletion,
  hire: RememberedHire,
): Contribution {
  return forCourse('course-completers-hired-90d', hire.hiredAt, completion);
}

/** What insights remembers of a completion to pair it with a hire (no skills, no attendance). */
export function completionOf(completed: CourseCompletedPayload): RememberedCompletion {
  return {
    veteranId: completed.veteranId,
    enrolmentId: completed.enrolmentId,
    courseId: completed.courseId,
    courseTitle: completed.courseTitle,
    cityId: completed.cityId,
    completedAt: completed.completedAt,
  };
}
