import { createZodDto } from '@vetlink/http';
import { SENIORITY_BANDS, STRENGTHS } from '@vetlink/taxonomy';
import { z } from 'zod';

const name = z.object({ zh: z.string(), en: z.string() });
const source = z.object({ kind: z.enum(['specialty', 'training', 'certificate']), id: z.string(), name });

const civilianViewSchema = z
  .object({
    seniorityBand: z.enum(SENIORITY_BANDS),
    skills: z.array(
      z.object({
        skillId: z.string(),
        name,
        source: z.enum(['declared', 'derived', 'declared-and-derived']),
        level: z
          .number()
          .int()
          .nullable()
          .meta({ description: "the veteran's own level (1-5), for declared skills" }),
        verified: z.boolean(),
        strength: z
          .enum(STRENGTHS)
          .nullable()
          .meta({ description: 'how strongly the service evidences it, for derived skills' }),
        derivedFrom: z.array(source),
      }),
    ),
    occupations: z.array(
      z.object({ occupationId: z.string(), name, strength: z.enum(STRENGTHS), derivedFrom: z.array(source) }),
    ),
  })
  .meta({ description: 'A profile in civilian terms' });

/** What the route answers; the controller returns the domain's view as this type, so the two cannot part. */
export type CivilianViewResponse = z.infer<typeof civilianViewSchema>;

export class CivilianViewDto extends createZodDto(civilianViewSchema) {}
