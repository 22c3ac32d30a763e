import { createZodDto, freeText, objectIdText, pagingFields, PUBLIC_TEXT_REFUSES } from '@vetlink/http';
import { INDUSTRIES, isKnownCityId } from '@vetlink/taxonomy';
import { z } from 'zod';
import { SPACE_TYPES, SUPPORT_KINDS } from './domain/base';
import { MAX_SCORE, MIN_SCORE, REGISTRATION_RULES } from './domain/programme';

const name = freeText({ max: 120, refuse: PUBLIC_TEXT_REFUSES });
const industry = z.enum(INDUSTRIES);
const units = z.number().int('must be a whole number of units').min(0).max(10_000);
const seats = z.number().int().min(1).max(1000);

export class CreateBaseBody extends createZodDto(
  z.strictObject({
    name,
    operator: name,
    cityId: z.string().refine(isKnownCityId, 'must be a Jiangsu city id'),
    address: freeText({ max: 200, refuse: PUBLIC_TEXT_REFUSES }),
    focusIndustries: z.array(industry).max(20).default([]),
    units: z
      .strictObject(
        Object.fromEntries(SPACE_TYPES.map((type) => [type, units.optional()])) as Record<
          (typeof SPACE_TYPES)[number],
          z.ZodOptional<typeof units>
        >,
      )
      .refine(
        (given) => Object.values(given).some((count) => (count ?? 0) > 0),
        'must have at least one unit',
      ),
    equipment: z
      .array(freeText({ max: 80 }))
      .max(50)
      .default([]),
    support: z
      .array(
        z.strictObject({
          kind: z.enum(SUPPORT_KINDS),
          amount: z.number().int().min(0).max(1_000_000_000_000).optional(),
          note: freeText({ max: 300 }).optional(),
        }),
      )
      .max(20)
      .default([]),
  }),
) {}

const criterionId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by -')
  .max(40);
const anchorScore = z
  .string()
  .regex(new RegExp(`^[${MIN_SCORE}-${MAX_SCORE}]$`), `must be a score ${MIN_SCORE}-${MAX_SCORE}`);

export class CreateProgrammeBody extends createZodDto(
  z
    .strictObject({
      name,
      opensAt: z.iso.datetime({ offset: true }),
      closesAt: z.iso.datetime({ offset: true }),
      seats,
      eligibility: z.strictObject({
        founderMustBeVeteran: z.boolean().default(true),
        registration: z.enum(REGISTRATION_RULES).default('any'),
        industries: z.array(industry).max(20).default([]),
      }),
      rubric: z
        .array(
          z.strictObject({
            id: criterionId,
            name: freeText({ max: 80 }),
            weight: z.number().int().min(1).max(100),
            anchors: z.record(anchorScore, freeText({ max: 300 })),
          }),
        )
        .min(1)
        .max(20),
    })
    .refine((body) => Date.parse(body.opensAt) < Date.parse(body.closesAt), {
      path: ['closesAt'],
      message: 'must be after opensAt',
    }),
) {}

export class BaseIdParams extends createZodDto(z.strictObject({ baseId: objectIdText })) {}
export class ProgrammeIdParams extends createZodDto(z.strictObject({ programmeId: objectIdText })) {}
export class BasesQuery extends createZodDto(
  z.strictObject({
    cityId: z.string().refine(isKnownCityId, 'must be a Jiangsu city id').optional(),
    ...pagingFields,
  }),
) {}
/** A page of a listing: `limit` items from `cursor` (the previous page's `nextCursor`). */
export class PageQuery extends createZodDto(z.strictObject(pagingFields)) {}

export class StaffGrantBody extends createZodDto(
  z.strictObject({ userId: z.string().trim().min(1).max(128) }),
) {}
export class StaffMemberParams extends createZodDto(
  z.strictObject({ baseId: objectIdText, userId: z.string().trim().min(1).max(128) }),
) {}

export class UnitsParams extends createZodDto(
  z.strictObject({ baseId: objectIdText, spaceType: z.enum(SPACE_TYPES) }),
) {}
export class UnitsBody extends createZodDto(z.strictObject({ units })) {}
export class SeatsBody extends createZodDto(z.strictObject({ seats })) {}
