import { COURSE_MODES } from '@vetlink/contracts';
import { createZodDto } from '@vetlink/http';
import { getCertificate, getSkill, textOfTermId } from '@vetlink/taxonomy';
import { z } from 'zod';
import { veteranPaysFen } from '../courses/domain/course';
import type { SkillGapReport } from './use-cases/find-skill-gaps';

const paySchema = z.object({ min: z.number().int(), max: z.number().int() });

const unlockedJobSchema = z.object({
  jobId: z.string(),
  title: z.string(),
  employerName: z.string(),
  cityId: z.string(),
  districtId: z.string(),
  /** Monthly pay, CNY. */
  salary: paySchema,
  /** The job's score for the veteran after the course (the push threshold is 60). */
  scoreAfter: z.number().int(),
});

const runOnOfferSchema = z.object({
  runId: z.string(),
  startsOn: z.iso.date(),
  endsOn: z.iso.date(),
  enrolmentOpensAt: z.iso.datetime(),
  enrolmentClosesAt: z.iso.datetime(),
  phase: z.enum(['enrolment-not-open', 'enrolment-open']),
  capacity: z.number().int(),
  seatsLeft: z.number().int(),
});

const suggestedCourseSchema = z.object({
  courseId: z.string(),
  title: z.string(),
  provider: z.string(),
  cityId: z.string(),
  mode: z.enum(COURSE_MODES),
  durationDays: z.number().int(),
  costFen: z.number().int(),
  veteranSubsidyFen: z.number().int(),
  veteranPaysFen: z.number().int(),
  skillIds: z.array(z.string()),
  certificateIds: z.array(z.string()),
  /** Open jobs nearby not worth a push today that would be after the course. */
  unlockedJobCount: z.number().int(),
  /** Monthly pay (CNY) across those jobs. */
  pay: paySchema,
  /** "Why this course": the best of those jobs, as many as the query's `jobs` (5 by default). */
  jobs: z.array(unlockedJobSchema),
  /** The next runs a veteran may enrol in, by start day. */
  runs: z.array(runOnOfferSchema),
});

const gapSchema = z.object({
  kind: z.enum(['skill', 'certificate']),
  id: z.string(),
  /** The taxonomy's Chinese name, or the words an employer typed for a requirement the taxonomy lacks. */
  name: z.string(),
  jobCount: z.number().int(),
  onlyGapIn: z.number().int(),
  courseIds: z.array(z.string()),
});

const skillGapsSchema = z.object({
  veteranId: z.string(),
  computedAt: z.iso.datetime(),
  /** The cities whose open jobs were weighed (home, the cities named, those within the radius). */
  cityIds: z.array(z.string()),
  jobsConsidered: z.number().int(),
  jobsOpenToday: z.number().int(),
  courses: z.array(suggestedCourseSchema),
  gaps: z.array(gapSchema),
});

export type SkillGapsView = z.infer<typeof skillGapsSchema>;
export class SkillGapsViewDto extends createZodDto(skillGapsSchema) {}

export function toSkillGapsView(report: SkillGapReport): SkillGapsView {
  return {
    veteranId: report.veteranId,
    computedAt: report.computedAt.toISOString(),
    cityIds: report.cityIds,
    jobsConsidered: report.jobsConsidered,
    jobsOpenToday: report.jobsOpenToday,
    courses: report.courses.map(({ course, suggestion, runs }) => ({
      courseId: course.id,
      title: course.title,
      provider: course.provider,
      cityId: course.cityId,
      mode: course.mode,
      durationDays: course.durationDays,
      costFen: course.costFen,
      veteranSubsidyFen: course.veteranSubsidyFen,
      veteranPaysFen: veteranPaysFen(course),
      skillIds: course.skillIds,
      certificateIds: course.certificateIds,
      unlockedJobCount: suggestion.unlockedJobIds.length,
      pay: suggestion.pay,
      jobs: suggestion.examples,
      runs: runs.map(({ run, phase, seatsLeft }) => ({
        runId: run.id,
        startsOn: run.startsOn,
        endsOn: run.endsOn,
        enrolmentOpensAt: run.enrolmentOpensAt.toISOString(),
        enrolmentClosesAt: run.enrolmentClosesAt.toISOString(),
        phase: phase === 'enrolment-open' ? 'enrolment-open' : 'enrolment-not-open',
        capacity: run.capacity,
        seatsLeft,
      })),
    })),
    gaps: report.gaps.map((gap) => ({
      ...gap,
      name: gapName(gap.kind, gap.id),
    })),
  };
}

/** A requirement an employer typed that the taxonomy lacks is kept as an id of its text: show the text. */
export function gapName(kind: 'skill' | 'certificate', id: string): string {
  const entry = kind === 'skill' ? getSkill(id) : getCertificate(id);
  return entry?.zh ?? textOfTermId(id) ?? id;
}
