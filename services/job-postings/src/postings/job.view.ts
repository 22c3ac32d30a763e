import {
  JOB_CLOSE_REASONS,
  JOB_EDUCATION_LEVELS,
  JOB_EMPLOYMENT_TYPES,
  JOB_STATUSES,
} from '@vetlink/contracts';
import { createZodDto } from '@vetlink/http';
import { z } from 'zod';
import { Job } from './domain/job';

const skillView = z.object({ skillId: z.string(), level: z.number().int() });

export const jobViewSchema = z.object({
  id: z.string(),
  employerId: z.string(),
  employerName: z.string(),
  title: z.string(),
  description: z.string(),
  occupationId: z.string(),
  requiredSkills: z.array(skillView),
  preferredSkills: z.array(skillView),
  requiredCertificates: z.array(z.string()),
  skillTexts: z.array(z.string()).describe('skills typed that the taxonomy does not know, kept as written'),
  education: z.enum(JOB_EDUCATION_LEVELS),
  experienceYears: z.number().int(),
  location: z.object({
    cityId: z.string(),
    districtId: z.string(),
    address: z.string(),
    lat: z.number(),
    lng: z.number(),
  }),
  salary: z.object({ min: z.number().int(), max: z.number().int() }).describe('monthly, CNY'),
  employmentType: z.enum(JOB_EMPLOYMENT_TYPES),
  headcount: z.number().int(),
  hiredCount: z.number().int(),
  benefits: z.array(z.string()),
  veteransOnly: z.boolean(),
  veteranPriority: z.boolean(),
  deadline: z.iso.datetime(),
  status: z.enum(JOB_STATUSES),
  postedAt: z.iso.datetime().optional(),
  closedAt: z.iso.datetime().optional(),
  closeReason: z.enum(JOB_CLOSE_REASONS).optional(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export type JobView = z.infer<typeof jobViewSchema>;

const termOutcomeView = z.object({
  field: z.string(),
  text: z.string(),
  id: z.string().optional(),
  confidence: z.number().optional(),
  method: z.string().optional(),
});

/** A drafted job with how its typed terms were read: resolved to the taxonomy, or kept as text. */
export const draftedJobViewSchema = jobViewSchema.extend({
  termResolution: z.object({ resolved: z.array(termOutcomeView), kept: z.array(termOutcomeView) }),
});

export class DraftedJobViewDto extends createZodDto(draftedJobViewSchema) {}

export class JobViewDto extends createZodDto(jobViewSchema) {}
export class JobPageDto extends createZodDto(
  z.object({ items: z.array(jobViewSchema), nextCursor: z.string().optional() }),
) {}

export function toJobView(job: Job): JobView {
  return {
    id: job.id,
    employerId: job.employerId,
    employerName: job.employerName,
    title: job.title,
    description: job.description,
    occupationId: job.occupationId,
    requiredSkills: job.requiredSkills.map((skill) => ({ ...skill })),
    preferredSkills: job.preferredSkills.map((skill) => ({ ...skill })),
    requiredCertificates: [...job.requiredCertificates],
    skillTexts: [...(job.skillTexts ?? [])],
    education: job.education,
    experienceYears: job.experienceYears,
    location: { ...job.location },
    salary: { ...job.salary },
    employmentType: job.employmentType,
    headcount: job.headcount,
    hiredCount: job.hiredCount,
    benefits: [...job.benefits],
    veteransOnly: job.veteransOnly,
    veteranPriority: job.veteranPriority,
    deadline: job.deadline.toISOString(),
    status: job.status,
    ...(job.postedAt ? { postedAt: job.postedAt.toISOString() } : {}),
    ...(job.closedAt ? { closedAt: job.closedAt.toISOString() } : {}),
    ...(job.closeReason ? { closeReason: job.closeReason } : {}),
    createdAt: job.createdAt.toISOString(),
    updatedAt: job.updatedAt.toISOString(),
  };
}
