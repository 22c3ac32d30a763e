import { COURSE_MODES } from '@vetlink/contracts';
import { createZodDto } from '@vetlink/http';
import { Page } from '@vetlink/persistence';
import { z } from 'zod';
import { Course, veteranPaysFen } from './domain/course';
import { CourseRun, RUN_PHASES, runPhase } from './domain/course-run';

const courseViewSchema = z.object({
  id: z.string(),
  title: z.string(),
  trainingId: z.string().optional(),
  description: z.string().optional(),
  skillIds: z.array(z.string()),
  certificateIds: z.array(z.string()),
  durationDays: z.number().int(),
  costFen: z.number().int(),
  veteranSubsidyFen: z.number().int(),
  /** What a veteran pays: cost less subsidy. */
  veteranPaysFen: z.number().int(),
  provider: z.string(),
  /** The training provider whose staff keep the runs (absent: officers only). */
  providerId: z.string().optional(),
  cityId: z.string(),
  venue: z.string().optional(),
  mode: z.enum(COURSE_MODES),
  publishedAt: z.iso.datetime(),
});

const coursePageSchema = z.object({ items: z.array(courseViewSchema), nextCursor: z.string().optional() });

export const runViewSchema = z.object({
  id: z.string(),
  courseId: z.string(),
  startsOn: z.iso.date(),
  endsOn: z.iso.date(),
  capacity: z.number().int(),
  enrolmentOpensAt: z.iso.datetime(),
  enrolmentClosesAt: z.iso.datetime(),
  phase: z.enum(RUN_PHASES),
  publishedAt: z.iso.datetime(),
  /** When and why an officer cancelled it (absent unless cancelled). */
  cancellation: z.object({ at: z.iso.datetime(), reason: z.string() }).optional(),
  /** Recorded with its roster once it had begun or ended (POST /trainings/courses/{id}/recorded-runs). */
  recordedAfterwards: z.literal(true).optional(),
  /** The bureau's own reference of a run recorded afterwards (its register's number). */
  reference: z.string().optional(),
});

const runListSchema = z.object({ items: z.array(runViewSchema) });

export type CourseView = z.infer<typeof courseViewSchema>;
export type CoursePageView = z.infer<typeof coursePageSchema>;
export type RunView = z.infer<typeof runViewSchema>;
export type RunListView = z.infer<typeof runListSchema>;

export class CourseViewDto extends createZodDto(courseViewSchema) {}
export class CoursePageDto extends createZodDto(coursePageSchema) {}
export class RunViewDto extends createZodDto(runViewSchema) {}
export class RunListDto extends createZodDto(runListSchema) {}

export function toCourseView(course: Course): CourseView {
  const { publishedBy: _publishedBy, publishedAt, ...shown } = course;
  return { ...shown, veteranPaysFen: veteranPaysFen(course), publishedAt: publishedAt.toISOString() };
}

export function toCoursePageView(page: Page<Course>): CoursePageView {
  return {
    items: page.items.map(toCourseView),
    ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
  };
}

export function toRunView(run: CourseRun, now: Date): RunView {
  return {
    id: run.id,
    courseId: run.courseId,
    startsOn: run.startsOn,
    endsOn: run.endsOn,
    capacity: run.capacity,
    enrolmentOpensAt: run.enrolmentOpensAt.toISOString(),
    enrolmentClosesAt: run.enrolmentClosesAt.toISOString(),
    phase: runPhase(run, now),
    publishedAt: run.publishedAt.toISOString(),
    ...(run.cancellation
      ? { cancellation: { at: run.cancellation.at.toISOString(), reason: run.cancellation.reason } }
      : {}),
    ...(run.recorded ? { recordedAfterwards: true as const, reference: run.recorded.reference } : {}),
  };
}
