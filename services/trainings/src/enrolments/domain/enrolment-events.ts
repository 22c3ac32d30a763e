import type {
  CourseCompletedPayload,
  CourseEnrolledPayload,
  CourseEnrolmentCancelledPayload,
} from '@vetlink/contracts';
import type { Course } from '../../courses/domain/course';
import type { CourseRun } from '../../courses/domain/course-run';
import type { Enrolment } from './enrolment';

/** The run as the enrolment events describe it. */
export interface RunContext {
  run: Pick<CourseRun, 'id' | 'startsOn' | 'endsOn'>;
  course: Pick<
    Course,
    'id' | 'title' | 'cityId' | 'trainingId' | 'skillIds' | 'certificateIds' | 'mode' | 'venue' | 'provider'
  >;
}

function reference(enrolment: Enrolment, { run, course }: RunContext) {
  return {
    enrolmentId: enrolment.id,
    runId: run.id,
    courseId: course.id,
    veteranId: enrolment.veteranId,
    courseTitle: course.title,
    cityId: course.cityId,
    startsOn: run.startsOn,
    endsOn: run.endsOn,
  };
}

/** `trainings.enrolled`: a seat (with its number) or a place in line; again when promoted from the line. */
export function enrolledPayload(enrolment: Enrolment, context: RunContext, at: Date): CourseEnrolledPayload {
  if (enrolment.status !== 'enrolled' && enrolment.status !== 'waitlisted')
    throw new Error(`an enrolled event for a ${enrolment.status} enrolment`);
  return {
    ...reference(enrolment, context),
    status: enrolment.status,
    ...(enrolment.status === 'enrolled' && enrolment.seatNo ? { seatNo: enrolment.seatNo } : {}),
    ...(enrolment.status === 'waitlisted' && enrolment.waitlistPosition
      ? { waitlistPosition: enrolment.waitlistPosition }
      : {}),
    promotedFromWaitlist: enrolment.promotedAt !== undefined,
    enrolledAt: at.toISOString(),
    // How and where, so that the seat confirmation can name the venue (no venue for an online course).
    mode: context.course.mode,
    ...(context.course.venue ? { venue: context.course.venue } : {}),
    provider: context.course.provider,
  };
}

export function cancelledPayload(
  before: Enrolment,
  context: RunContext,
  cancelledBy: CourseEnrolmentCancelledPayload['cancelledBy'],
  at: Date,
): CourseEnrolmentCancelledPayload {
  if (before.status !== 'enrolled' && before.status !== 'waitlisted')
    throw new Error(`a cancellation of a ${before.status} enrolment`);
  return {
    ...reference(before, context),
    previousStatus: before.status,
    cancelledBy,
    cancelledAt: at.toISOString(),
  };
}

/** What completing the run earns: the course's skills and certificates, verified by the bureau. */
export function completedPayload(
  enrolment: Enrolment,
  context: RunContext,
  completion: { attendancePercent: number; recordedBy: string },
  at: Date,
): CourseCompletedPayload {
  return {
    ...reference(enrolment, context),
    ...(context.course.trainingId ? { trainingId: context.course.trainingId } : {}),
    skillIds: [...context.course.skillIds],
    certificateIds: [...context.course.certificateIds],
    attendancePercent: completion.attendancePercent,
    recordedBy: completion.recordedBy,
    completedAt: at.toISOString(),
  };
}
