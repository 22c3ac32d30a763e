import { booleanText, createZodDto, freeText, pagingFields, PUBLIC_TEXT_REFUSES } from '@vetlink/http';
import { z } from 'zod';
import { cityIdField } from '../shared/taxonomy-fields';
import { creditCodeProblem, normaliseCreditCode } from './domain/credit-code';
import { INDUSTRIES } from '@vetlink/taxonomy';
import { normaliseMainlandMobile } from './domain/mobile-phone';

const creditCodeField = z
  .string()
  .max(40)
  .transform(normaliseCreditCode)
  .superRefine((code, context) => {
    const problem = creditCodeProblem(code);
    if (problem)
      context.addIssue({ code: 'custom', message: `not a unified social credit code: ${problem}` });
  });

const mobileField = z
  .string()
  .max(30)
  .transform((raw, context) => {
    const mobile = normaliseMainlandMobile(raw);
    if (mobile) return mobile;
    context.addIssue({
      code: 'custom',
      message: 'must be a mainland China mobile number (11 digits, starting 13 to 19)',
    });
    return z.NEVER;
  });

const contactSchema = z.strictObject({
  name: freeText({ max: 40 }),
  phone: mobileField,
});

export const registerEmployerSchema = z.strictObject({
  name: freeText({ min: 2, max: 100, refuse: PUBLIC_TEXT_REFUSES }),
  creditCode: creditCodeField,
  industry: z.enum(INDUSTRIES),
  cityId: cityIdField,
  contact: contactSchema,
});

export const updateEmployerSchema = z
  .strictObject({ industry: z.enum(INDUSTRIES), cityId: cityIdField, contact: contactSchema })
  .partial()
  .refine((changes) => Object.keys(changes).length > 0, 'name at least one of industry, cityId, contact');

export type RegisterEmployerCommand = z.output<typeof registerEmployerSchema>;
export type UpdateEmployerCommand = z.output<typeof updateEmployerSchema>;

export class RegisterEmployerBody extends createZodDto(registerEmployerSchema) {}
export class UpdateEmployerBody extends createZodDto(updateEmployerSchema) {}

export class ListEmployersQuery extends createZodDto(
  z.strictObject({ verified: booleanText.optional(), cityId: cityIdField.optional(), ...pagingFields }),
) {}

/** Organisation ids come from the gateway's tokens; anything else shaped oddly is refused at once. */
export class EmployerIdParams extends createZodDto(
  z.strictObject({ employerId: z.string().regex(/^[\w.:-]{1,128}$/, 'must be an organisation id') }),
) {}
