import { JOB_EMPLOYMENT_TYPES, matchReasonSchema } from '@vetlink/contracts';
import { z } from 'zod';
import { type JobForMatching, SCORE_COMPONENTS } from '@vetlink/matching-score';

// Response shapes: documented in OpenAPI, and the mappers must produce them (checked by the compiler).

export const componentsView = z
  .object(
    Object.fromEntries(SCORE_COMPONENTS.map((component) => [component, z.number()])) as Record<
      (typeof SCORE_COMPONENTS)[number],
      z.ZodNumber
    >,
  )
  .meta({ description: 'Points each part of the score gave (see the service README for the weights)' });

export const reasonView = matchReasonSchema.meta({ id: 'MatchReason' });

export const jobSummaryView = z
  .object({
    jobId: z.string(),
    title: z.string(),
    employerId: z.string(),
    employerName: z.string(),
    occupationId: z.string(),
    employmentType: z.enum(JOB_EMPLOYMENT_TYPES),
    salary: z.object({ min: z.number().int(), max: z.number().int() }),
    cityId: z.string(),
    districtId: z.string(),
    /** From the veteran's home (recommendations) or the search point; null when unknown. */
    distanceKm: z.number().nullable(),
    veteransOnly: z.boolean(),
    veteranPriority: z.boolean(),
    postedAt: z.iso.datetime(),
    deadline: z.iso.datetime(),
  })
  .meta({ id: 'MatchedJobSummary' });

export type JobSummaryView = z.infer<typeof jobSummaryView>;

export function toJobSummary(job: JobForMatching, distanceKm: number | null): JobSummaryView {
  return {
    jobId: job.jobId,
    title: job.title,
    employerId: job.employerId,
    employerName: job.employerName,
    occupationId: job.occupationId,
    employmentType: job.employmentType,
    salary: { min: job.salary.min, max: job.salary.max },
    cityId: job.location.cityId,
    districtId: job.location.districtId,
    distanceKm,
    veteransOnly: job.veteransOnly,
    veteranPriority: job.veteranPriority,
    postedAt: new Date(job.postedAt).toISOString(),
    deadline: new Date(job.deadline).toISOString(),
  };
}

export const pageFields = {
  total: z
    .number()
    .int()
    .meta({ description: 'matches in all (for matching: eligible candidates among those scored)' }),
  limit: z.number().int(),
  offset: z.number().int(),
};
