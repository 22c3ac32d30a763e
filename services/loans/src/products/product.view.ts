import { createZodDto } from '@vetlink/http';
import { z } from 'zod';
import { FREQUENCIES, REPAYMENT_METHODS } from '../schedules/domain/repayment-plan';
import { LPR_TENORS, SUBSIDY_CONDITIONS } from './domain/product';

const limits = z.object({ minFen: z.number().int(), maxFen: z.number().int() });

export const productSubsidySchema = z.object({
  shareBp: z.number().int(),
  capPerLoanFen: z.number().int(),
  capPerYearFen: z.number().int(),
  forfeitAfterDaysLate: z.number().int(),
  conditions: z.array(z.enum(SUBSIDY_CONDITIONS)),
});

export const incubatedStartupTermsSchema = z.object({
  spreadBp: z.number().int(),
  graceMonths: z.number().int(),
});

const productViewSchema = z.object({
  id: z.string(),
  bankId: z.string(),
  name: z.string(),
  cityId: z.string(),
  limits: z.object({ individual: limits, 'small-business': limits }),
  termMonths: z.object({ min: z.number().int(), max: z.number().int() }),
  lprTenor: z.enum(LPR_TENORS),
  spreadBp: z.number().int(),
  method: z.enum(REPAYMENT_METHODS),
  frequency: z.enum(FREQUENCIES),
  graceMonths: z.number().int(),
  subsidy: productSubsidySchema.optional(),
  incubatedStartupTerms: incubatedStartupTermsSchema.optional(),
  defaultAfterDaysLate: z.number().int(),
  active: z.boolean(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

const lprQuoteViewSchema = z.object({
  effectiveOn: z.string(),
  oneYearBp: z.number().int(),
  fiveYearBp: z.number().int(),
});

export class ProductViewDto extends createZodDto(productViewSchema) {}
export class ProductListDto extends createZodDto(z.array(productViewSchema)) {}
export class LprQuoteViewDto extends createZodDto(lprQuoteViewSchema) {}
export class LprQuoteListDto extends createZodDto(z.array(lprQuoteViewSchema)) {}
