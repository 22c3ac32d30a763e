import { createZodDto, freeText } from '@vetlink/http';
import { z } from 'zod';
import { dayField, idField, positiveFenField } from '../http/fields';
import { BORROWER_KINDS } from '../products/domain/product';
import { LOAN_STATES } from './domain/lifecycle';

const termMonths = z.number().int('must be whole months').min(1, 'must be at least 1 month').max(600);

const loanRequest = {
  productId: idField,
  borrowerKind: z.enum(BORROWER_KINDS).default('individual'),
  amountFen: positiveFenField,
  termMonths,
};

export class PreviewBody extends createZodDto(z.strictObject(loanRequest)) {}

export class ApplyBody extends createZodDto(
  z.strictObject({
    ...loanRequest,
    purpose: freeText({ max: 1000, multiline: true }),
    business: z
      .strictObject({
        name: freeText({ max: 100 }),
        creditCode: z
          .string()
          .trim()
          .toUpperCase()
          .regex(/^[0-9A-Z]{18}$/, 'must be an 18-character unified social credit code')
          .optional(),
        /** Incubators' id of the startup in residence (or graduated): the product's better terms may apply. */
        incubatedStartupId: idField.optional(),
      })
      .optional(),
    guarantor: z
      .strictObject({
        kind: z.enum(['person', 'company', 'guarantee-fund']),
        name: freeText({ max: 100 }),
      })
      .optional(),
  }),
) {}

export class LoanIdParams extends createZodDto(z.strictObject({ loanId: idField })) {}

export class ReasonBody extends createZodDto(
  z.strictObject({ reason: freeText({ max: 500 }).default('withdrawn by the veteran') }),
) {}

export class DecisionBody extends createZodDto(
  z.strictObject({ decision: z.enum(['approved', 'rejected']), reason: freeText({ max: 500 }) }),
) {}

export class DisburseBody extends createZodDto(
  z.strictObject({
    disbursedOn: dayField.optional(),
    reason: freeText({ max: 500 }).default('paid out'),
  }),
) {}

export class RepaymentBody extends createZodDto(
  z.strictObject({
    amountFen: positiveFenField,
    paidOn: dayField.optional(),
    /** The bank's own reference of the payment (流水号): recording it twice applies it once. */
    reference: z
      .string()
      .trim()
      .regex(/^[\w-]{1,64}$/, "must be the bank's payment reference: letters, digits, - or _, at most 64"),
  }),
) {}

export class LoansQuery extends createZodDto(
  z.strictObject({
    state: z.enum(LOAN_STATES).optional(),
    bankId: idField.optional(),
    veteranId: idField.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  }),
) {}
