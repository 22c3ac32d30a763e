import { APPLICATION_ACTORS, APPLICATION_STAGES } from '@vetlink/contracts';
import { createZodDto } from '@vetlink/http';
import { z } from 'zod';
import { Application } from './domain/application';

export const applicationViewSchema = z.object({
  id: z.string(),
  jobId: z.string(),
  employerId: z.string(),
  veteranId: z.string(),
  jobTitle: z.string(),
  coverLetter: z.string().optional(),
  stage: z.enum(APPLICATION_STAGES),
  history: z.array(
    z.object({
      from: z.enum(APPLICATION_STAGES),
      to: z.enum(APPLICATION_STAGES),
      at: z.iso.datetime(),
      by: z.enum(APPLICATION_ACTORS),
    }),
  ),
  submittedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export type ApplicationView = z.infer<typeof applicationViewSchema>;

export class ApplicationViewDto extends createZodDto(applicationViewSchema) {}
export class ApplicationPageDto extends createZodDto(
  z.object({ items: z.array(applicationViewSchema), nextCursor: z.string().optional() }),
) {}

export function toApplicationView(application: Application): ApplicationView {
  return {
    id: application.id,
    jobId: application.jobId,
    employerId: application.employerId,
    veteranId: application.veteranId,
    jobTitle: application.jobTitle,
    ...(application.coverLetter !== undefined ? { coverLetter: application.coverLetter } : {}),
    stage: application.stage,
    history: application.history.map((change) => ({ ...change, at: change.at.toISOString() })),
    submittedAt: application.submittedAt.toISOString(),
    updatedAt: application.updatedAt.toISOString(),
  };
}
