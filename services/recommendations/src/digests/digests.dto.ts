import { digestPickSchema } from '@vetlink/contracts';
import { createZodDto } from '@vetlink/http';
import { z } from 'zod';

const weekParam = z.string().regex(/^\d{4}-W\d{2}$/, 'must be an ISO week, e.g. 2026-W48');

export class MyDigestParams extends createZodDto(z.strictObject({ week: weekParam })) {}

export class VeteranDigestParams extends createZodDto(
  z.strictObject({ veteranId: z.string().min(1).max(128), week: weekParam }),
) {}

export const digestView = z.object({
  digestId: z.string(),
  veteranId: z.string(),
  week: z.string(),
  since: z.iso.datetime(),
  until: z.iso.datetime(),
  jobs: z.array(digestPickSchema),
  preparedAt: z.iso.datetime(),
});

export type DigestView = z.infer<typeof digestView>;

export class DigestDto extends createZodDto(digestView) {}
