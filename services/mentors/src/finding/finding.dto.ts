import { SESSION_MODES } from '@vetlink/contracts';
import { createZodDto } from '@vetlink/http';
import { BRANCHES, INDUSTRIES, isKnownDistrictId } from '@vetlink/taxonomy';
import { z } from 'zod';
import { EXPERTISE, LANGUAGES } from '../mentors/domain/mentor';
import { cityIdField } from '../mentors/mentor.dto';
import { instantInput } from '../sessions/session.dto';

export class SlotsQuery extends createZodDto(
  z.strictObject({
    from: instantInput,
    to: instantInput,
    minutes: z.coerce.number().int().min(15).max(240).optional(),
  }),
) {}

export class FindMentorsQuery extends createZodDto(
  z
    .strictObject({
      expertise: z.enum(EXPERTISE).optional(),
      industry: z.enum(INDUSTRIES).optional(),
      cityId: cityIdField.optional(),
      /** With withinKm: mentors near this city (or district), nearest first. */
      nearCityId: cityIdField.optional(),
      nearDistrictId: z
        .string()
        .max(80)
        .refine(isKnownDistrictId, { error: 'unknown district id' })
        .optional(),
      withinKm: z.coerce.number().int().min(1).max(500).optional(),
      mode: z.enum(SESSION_MODES).optional(),
      servedIn: z.enum(BRANCHES).optional(),
      language: z.enum(LANGUAGES).optional(),
      status: z.enum(['applied', 'verified', 'suspended', 'rejected']).optional(),
      freeFrom: instantInput.optional(),
      freeTo: instantInput.optional(),
      minutes: z.coerce.number().int().min(15).max(240).optional(),
      limit: z.coerce.number().int().min(1).max(100).default(20),
    })
    .refine((query) => (query.freeFrom === undefined) === (query.freeTo === undefined), {
      path: ['freeTo'],
      message: 'freeFrom and freeTo go together',
    })
    .refine((query) => (query.nearCityId === undefined) === (query.withinKm === undefined), {
      path: ['withinKm'],
      message: 'nearCityId and withinKm go together',
    }),
) {}
