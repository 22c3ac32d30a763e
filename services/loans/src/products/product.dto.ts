import { createZodDto, freeText, PUBLIC_TEXT_REFUSES } from '@vetlink/http';
import { isKnownCityId } from '@vetlink/taxonomy';
import { z } from 'zod';
import { basisPointsField, dayField, fenField, idField } from '../http/fields';
import { FREQUENCIES, MAX_TERM_MONTHS, REPAYMENT_METHODS } from '../schedules/domain/repayment-plan';
import { BORROWER_KINDS, LPR_TENORS, SUBSIDY_CONDITIONS } from './domain/product';

const limits = z.strictObject({ minFen: fenField, maxFen: fenField });

const subsidy = z.strictObject({
  shareBp: basisPointsField,
  capPerLoanFen: fenField,
  capPerYearFen: fenField,
  forfeitAfterDaysLate: z.number().int().min(0).max(365),
  conditions: z
    .array(z.enum(SUBSIDY_CONDITIONS))
    .max(SUBSIDY_CONDITIONS.length)
    .refine((conditions) => new Set(conditions).size === conditions.length, 'lists a condition twice'),
});

export const productFields = z.strictObject({
  bankId: idField,
  name: freeText({ max: 100, refuse: PUBLIC_TEXT_REFUSES }),
  cityId: z.string().refine(isKnownCityId, 'must be a Jiangsu city id'),
  limits: z.strictObject({ individual: limits, 'small-business': limits }),
  termMonths: z.strictObject({
    min: z.number().int().min(1).max(MAX_TERM_MONTHS),
    max: z.number().int().min(1).max(MAX_TERM_MONTHS),
  }),
  lprTenor: z.enum(LPR_TENORS),
  spreadBp: z.number().int().min(0).max(1_500),
  method: z.enum(REPAYMENT_METHODS),
  frequency: z.enum(FREQUENCIES),
  graceMonths: z.number().int().min(0).max(24).default(0),
  subsidy: subsidy.optional(),
  incubatedStartupTerms: z
    .strictObject({
      spreadBp: z.number().int().min(0).max(1_500),
      graceMonths: z.number().int().min(0).max(24),
    })
    .optional(),
  defaultAfterDaysLate: z.number().int().min(1).max(365).default(90),
  active: z.boolean().default(true),
});

export class ProductBody extends createZodDto(productFields) {}

export class ProductIdParams extends createZodDto(z.strictObject({ productId: idField })) {}

export class ProductsQuery extends createZodDto(
  z.strictObject({ bankId: idField.optional(), active: z.enum(['true', 'false']).optional() }),
) {}

export class LprQuoteBody extends createZodDto(
  z.strictObject({
    effectiveOn: dayField,
    oneYearBp: z.number().int().min(0).max(2_000),
    fiveYearBp: z.number().int().min(0).max(2_000),
  }),
) {}

export { BORROWER_KINDS };
