import { canActForOrganisation, Principal } from '@vetlink/auth';
import { createZodDto } from '@vetlink/http';
import { z } from 'zod';
import { Employer, isVerified } from './domain/employer';
import { INDUSTRIES } from '@vetlink/taxonomy';

export const employerViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  creditCode: z.string(),
  industry: z.enum(INDUSTRIES),
  cityId: z.string(),
  verified: z.boolean(),
  verifiedAt: z.iso.datetime().optional(),
  contact: z
    .object({ name: z.string(), phone: z.string() })
    .optional()
    .describe('only for the organisation itself and bureau officers'),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export type EmployerView = z.infer<typeof employerViewSchema>;

export class EmployerViewDto extends createZodDto(employerViewSchema) {}
export class EmployerPageDto extends createZodDto(
  z.object({ items: z.array(employerViewSchema), nextCursor: z.string().optional() }),
) {}

/** The contact person and phone are personal data: shown to the organisation itself and to officers only. */
export function toEmployerView(employer: Employer, viewer: Principal): EmployerView {
  return {
    id: employer.id,
    name: employer.name,
    creditCode: employer.creditCode,
    industry: employer.industry,
    cityId: employer.cityId,
    verified: isVerified(employer),
    ...(employer.verification ? { verifiedAt: employer.verification.verifiedAt.toISOString() } : {}),
    ...(canActForOrganisation(viewer, employer.id) ? { contact: { ...employer.contact } } : {}),
    createdAt: employer.createdAt.toISOString(),
    updatedAt: employer.updatedAt.toISOString(),
  };
}
