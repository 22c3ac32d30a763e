import { createZodDto } from '@vetlink/http';
import { z } from 'zod';
import type { Base } from './domain/base';
import { SPACE_TYPES, SUPPORT_KINDS } from './domain/base';
import type { Programme } from './domain/programme';
import { REGISTRATION_RULES } from './domain/programme';
import type { StaffGrant } from './staff-grants.repository';

/** What the API answers about bases, programmes and staff grants (the OpenAPI document shows these). */
const unitCount = z.number().int().min(0);

export const baseViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  operator: z.string(),
  cityId: z.string(),
  address: z.string(),
  focusIndustries: z.array(z.string()),
  units: z.object(
    Object.fromEntries(SPACE_TYPES.map((type) => [type, unitCount.optional()])) as Record<
      (typeof SPACE_TYPES)[number],
      z.ZodOptional<typeof unitCount>
    >,
  ),
  equipment: z.array(z.string()),
  support: z.array(
    z.object({ kind: z.enum(SUPPORT_KINDS), amount: z.number().optional(), note: z.string().optional() }),
  ),
  createdBy: z.string(),
  createdAt: z.iso.datetime(),
});
export type BaseView = z.infer<typeof baseViewSchema>;
export class BaseViewDto extends createZodDto(baseViewSchema) {}
export class BasePageDto extends createZodDto(
  z.object({ items: z.array(baseViewSchema), nextCursor: z.string().optional() }),
) {}

export function toBaseView(base: Base): BaseView {
  return {
    id: base.id,
    name: base.name,
    operator: base.operator,
    cityId: base.cityId,
    address: base.address,
    focusIndustries: base.focusIndustries,
    units: Object.fromEntries(
      SPACE_TYPES.flatMap((type) => (base.units[type] === undefined ? [] : [[type, base.units[type]]])),
    ),
    equipment: base.equipment,
    support: base.support.map((offer) => ({
      kind: offer.kind,
      ...(offer.amount !== undefined ? { amount: offer.amount } : {}),
      ...(offer.note !== undefined ? { note: offer.note } : {}),
    })),
    createdBy: base.createdBy,
    createdAt: base.createdAt.toISOString(),
  };
}

export const programmeViewSchema = z.object({
  id: z.string(),
  baseId: z.string(),
  name: z.string(),
  opensAt: z.iso.datetime(),
  closesAt: z.iso.datetime(),
  seats: z.number().int(),
  eligibility: z.object({
    founderMustBeVeteran: z.boolean(),
    registration: z.enum(REGISTRATION_RULES),
    industries: z.array(z.string()),
  }),
  rubric: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      weight: z.number().int(),
      anchors: z.record(z.string(), z.string()),
    }),
  ),
  createdBy: z.string(),
  createdAt: z.iso.datetime(),
});
export type ProgrammeView = z.infer<typeof programmeViewSchema>;
export class ProgrammeViewDto extends createZodDto(programmeViewSchema) {}
export class ProgrammePageDto extends createZodDto(
  z.object({ items: z.array(programmeViewSchema), nextCursor: z.string().optional() }),
) {}

export function toProgrammeView(programme: Programme): ProgrammeView {
  return {
    id: programme.id,
    baseId: programme.baseId,
    name: programme.name,
    opensAt: programme.opensAt.toISOString(),
    closesAt: programme.closesAt.toISOString(),
    seats: programme.seats,
    eligibility: {
      founderMustBeVeteran: programme.eligibility.founderMustBeVeteran,
      registration: programme.eligibility.registration,
      industries: programme.eligibility.industries,
    },
    rubric: programme.rubric.map(({ id, name, weight, anchors }) => ({ id, name, weight, anchors })),
    createdBy: programme.createdBy,
    createdAt: programme.createdAt.toISOString(),
  };
}

const staffGrantViewSchema = z.object({
  baseId: z.string(),
  userId: z.string(),
  grantedBy: z.string(),
  grantedAt: z.iso.datetime(),
});
export type StaffGrantView = z.infer<typeof staffGrantViewSchema>;
export class StaffGrantViewDto extends createZodDto(staffGrantViewSchema) {}
export class StaffGrantPageDto extends createZodDto(
  z.object({ items: z.array(staffGrantViewSchema), nextCursor: z.string().optional() }),
) {}

export function toStaffGrantView(grant: StaffGrant): StaffGrantView {
  return {
    baseId: grant.baseId,
    userId: grant.userId,
    grantedBy: grant.grantedBy,
    grantedAt: grant.grantedAt.toISOString(),
  };
}
