import { createZodDto } from '@vetlink/http';
import { z } from 'zod';
import { incubatedStartupTermsSchema, productSubsidySchema } from '../products/product.view';
import { FREQUENCIES, REPAYMENT_METHODS } from '../schedules/domain/repayment-plan';
import { scheduleTotals, ScheduleTotals } from '../schedules/domain/schedule';
import { installmentViewSchema, scheduleTotalsSchema } from '../schedules/installment.view';
import { INSTALLMENT_STATUSES } from './domain/loan';
import { LOAN_STATES } from './domain/lifecycle';
import { liveInstallments, Loan, outstandingFen } from './domain/loan';

export type LoanView = Omit<Loan, 'version'> & {
  /** The schedule as it stands (cancelled instalments left out) summed up; absent before disbursement. */
  totals?: ScheduleTotals & { outstandingFen: number; prepaidPrincipalFen: number };
};

export function toLoanView(loan: Loan): LoanView {
  const { version: _version, ...fields } = loan;
  if (loan.installments.length === 0) return fields;
  const live = liveInstallments(loan);
  return {
    ...fields,
    totals: {
      ...scheduleTotals(live),
      outstandingFen: live.reduce((sum, installment) => sum + outstandingFen(installment), 0),
      prepaidPrincipalFen: loan.prepaidPrincipalFen,
    },
  };
}

const ruleResult = z.object({ rule: z.string(), passed: z.boolean(), reason: z.string() });
const actor = z.object({ userId: z.string(), role: z.string() });
const state = z.enum(LOAN_STATES);

export const loanViewSchema = z.object({
  id: z.string(),
  veteranId: z.string(),
  bankId: z.string(),
  productId: z.string(),
  cityId: z.string(),
  borrowerKind: z.enum(['individual', 'small-business']),
  amountFen: z.number().int(),
  termMonths: z.number().int(),
  purpose: z.string(),
  business: z
    .object({
      name: z.string(),
      creditCode: z.string().optional(),
      incubatedStartupId: z.string().optional(),
    })
    .optional(),
  guarantor: z.object({ kind: z.string(), name: z.string() }).optional(),
  terms: z.object({
    productName: z.string(),
    lprTenor: z.string(),
    spreadBp: z.number().int(),
    method: z.enum(REPAYMENT_METHODS),
    frequency: z.enum(FREQUENCIES),
    graceMonths: z.number().int(),
    subsidy: productSubsidySchema.optional(),
    incubatedStartupTerms: incubatedStartupTermsSchema.optional(),
    defaultAfterDaysLate: z.number().int(),
  }),
  state,
  eligibility: z
    .object({
      eligible: z.boolean(),
      rules: z.array(ruleResult),
      subsidy: z.object({ applies: z.boolean(), conditions: z.array(ruleResult) }),
      incubatedStartup: z.object({ applies: z.boolean(), condition: ruleResult }).optional(),
      checkedAt: z.iso.datetime(),
    })
    .optional(),
  subsidised: z.boolean(),
  lprBp: z.number().int().optional(),
  annualRateBp: z.number().int().optional(),
  disbursedOn: z.string().optional(),
  installments: z.array(
    installmentViewSchema.extend({
      revision: z.number().int(),
      status: z.enum(INSTALLMENT_STATUSES),
      paidFen: z.number().int(),
      paidOn: z.string().optional(),
      forfeited: z.boolean(),
      dueNotified: z.boolean(),
      overdueNotified: z.boolean(),
    }),
  ),
  prepaidPrincipalFen: z.number().int(),
  repaymentReferences: z.array(z.string()),
  history: z.array(z.object({ from: state, to: state, at: z.iso.datetime(), by: actor, reason: z.string() })),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  totals: scheduleTotalsSchema
    .extend({ outstandingFen: z.number().int(), prepaidPrincipalFen: z.number().int() })
    .optional(),
});

export class LoanViewDto extends createZodDto(loanViewSchema) {}
export class LoanListDto extends createZodDto(z.array(loanViewSchema)) {}

export class RepaymentOutcomeDto extends createZodDto(
  z.object({
    alreadyRecorded: z.boolean(),
    settled: z.array(z.number().int()),
    prepaidFen: z.number().int(),
    closed: z.boolean(),
    loan: loanViewSchema,
  }),
) {}

export class SchedulePreviewDto extends createZodDto(
  z.object({
    productId: z.string(),
    lprBp: z.number().int(),
    annualRateBp: z.number().int(),
    startOn: z.string(),
    subsidised: z.boolean(),
    installments: z.array(installmentViewSchema),
    totals: scheduleTotalsSchema,
  }),
) {}

export class AuditTrailDto extends createZodDto(
  z.array(
    z.object({
      _id: z.string(),
      loanId: z.string(),
      version: z.number().int(),
      action: z.string(),
      from: state,
      to: state,
      by: actor,
      at: z.iso.datetime(),
      reason: z.string(),
      details: z.record(z.string(), z.unknown()).optional(),
    }),
  ),
) {}

export class LedgerEntriesDto extends createZodDto(
  z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['subsidy', 'reversal']),
      loanId: z.string(),
      veteranId: z.string(),
      bankId: z.string(),
      cityId: z.string(),
      revision: z.number().int(),
      sequence: z.number().int(),
      month: z.string(),
      amountFen: z.number().int(),
      reason: z.enum(['scheduled', 'forfeited', 'recalculated']),
    }),
  ),
) {}
