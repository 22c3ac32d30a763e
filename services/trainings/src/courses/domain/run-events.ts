import type { CourseRunCancelledPayload, CourseRunPublishedPayload } from '@vetlink/contracts';
import type { Course } from './course';
import type { CourseRun, RunCancellation } from './course-run';

/**
 * `trainings.run-cancelled`: the run, its course and city, why, who and when — what a message to the
 * veterans who lose their seat needs, without asking trainings.
 */
export function runCancelledPayload(
  run: Pick<CourseRun, 'id' | 'courseId' | 'startsOn' | 'endsOn'>,
  course: Pick<Course, 'title' | 'provider' | 'cityId'>,
  cancellation: RunCancellation,
): CourseRunCancelledPayload {
  return {
    runId: run.id,
    courseId: run.courseId,
    courseTitle: course.title,
    provider: course.provider,
    cityId: course.cityId,
    startsOn: run.startsOn,
    endsOn: run.endsOn,
    reason: cancellation.reason,
    cancelledBy: cancellation.by,
    cancelledByRole: cancellation.byRole ?? 'officer',
    cancelledAt: cancellation.at.toISOString(),
  };
}

/** `trainings.run-published`: the run with what its course teaches, certifies and costs. */
export function runPublishedPayload(run: CourseRun, course: Course): CourseRunPublishedPayload {
  return {
    runId: run.id,
    courseId: course.id,
    ...(course.trainingId ? { trainingId: course.trainingId } : {}),
    courseTitle: course.title,
    provider: course.provider,
    cityId: course.cityId,
    mode: course.mode,
    skillIds: course.skillIds,
    certificateIds: course.certificateIds,
    durationDays: course.durationDays,
    costFen: course.costFen,
    veteranSubsidyFen: course.veteranSubsidyFen,
    startsOn: run.startsOn,
    endsOn: run.endsOn,
    capacity: run.capacity,
    enrolmentOpensAt: run.enrolmentOpensAt.toISOString(),
    enrolmentClosesAt: run.enrolmentClosesAt.toISOString(),
    publishedBy: run.publishedBy,
    publishedAt: run.publishedAt.toISOString(),
  };
}
