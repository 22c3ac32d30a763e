import type { CourseRunStartingPayload } from '@vetlink/contracts';
import type { Course } from '../../courses/domain/course';
import type { CourseRun } from '../../courses/domain/course-run';
import type { Enrolment } from '../../enrolments/domain/enrolment';
import { reminderDueAt, ReminderJob } from './reminder-schedule';

/** `trainings.run-starting`: the run, where and how it is held, and which reminder this is. */
export function runStartingPayload(
  enrolment: Pick<Enrolment, 'id' | 'veteranId' | 'seatNo'>,
  run: Pick<CourseRun, 'id' | 'startsOn' | 'endsOn'>,
  course: Pick<Course, 'id' | 'title' | 'cityId' | 'provider' | 'mode' | 'venue'>,
  job: Pick<ReminderJob, 'daysBefore' | 'minuteOfDay'>,
): CourseRunStartingPayload {
  return {
    enrolmentId: enrolment.id,
    runId: run.id,
    courseId: course.id,
    veteranId: enrolment.veteranId,
    courseTitle: course.title,
    cityId: course.cityId,
    startsOn: run.startsOn,
    endsOn: run.endsOn,
    provider: course.provider,
    mode: course.mode,
    ...(course.venue ? { venue: course.venue } : {}),
    ...(enrolment.seatNo ? { seatNo: enrolment.seatNo } : {}),
    daysBefore: job.daysBefore,
    remindAt: reminderDueAt(run.startsOn, job).toISOString(),
  };
}
