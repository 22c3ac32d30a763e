import { FieldIssue } from '@vetlink/http';
import { Day } from '../../schedules/domain/calendar';
import { Fen } from '../../schedules/domain/money';
import {
  Frequency,
  MAX_ANNUAL_RATE_BP,
  MAX_TERM_MONTHS,
  MONTHS_PER_PERIOD,
  RepaymentMethod,
} from '../../schedules/domain/repayment-plan';
import { SubsidyRule } from '../../schedules/domain/subsidy';

/** Who borrows: a veteran on their own, or the small business they run (higher limits). */
export const BORROWER_KINDS = ['individual', 'small-business'] as const;
export type BorrowerKind = (typeof BORROWER_KINDS)[number];

/** Which published LPR the rate follows: the one-year or the over-five-year one. */
export const LPR_TENORS = ['1y', '5y'] as const;
export type LprTenor = (typeof LPR_TENORS)[number];

/** What must hold for the fund to pay its share of the interest. */
export const SUBSIDY_CONDITIONS = ['verified-veteran', 'registered-business'] as const;
export type SubsidyCondition = (typeof SUBSIDY_CONDITIONS)[number];

export interface AmountLimits {
  minFen: Fen;
  maxFen: Fen;
}

export interface ProductSubsidy extends SubsidyRule {
  conditions: SubsidyCondition[];
}

/**
 * Better terms the bank grants a startup in residence at an incubation base, or graduated from one
 * (known from incubators' events): a lower spread and a longer principal grace.
 */
export interface IncubatedStartupTerms {
  spreadBp: number;
  graceMonths: number;
}

/** A partner bank's startup-loan product, kept by the bureau's officers. */
export interface LoanProduct {
  id: string;
  bankId: string;
  name: string;
  /** The city the product is offered in (Xuzhou's products for Xuzhou's veterans). */
  cityId: string;
  limits: Record<BorrowerKind, AmountLimits>;
  termMonths: { min: number; max: number };
  lprTenor: LprTenor;
  /** Added to the LPR in force on the disbursement day; the sum is fixed for the loan's life. */
  spreadBp: number;
  method: RepaymentMethod;
  frequency: Frequency;
  /** The first months in which only interest is paid. */
  graceMonths: number;
  subsidy?: ProductSubsidy;
  incubatedStartupTerms?: IncubatedStartupTerms;
  /** An instalment this many days late puts the loan in default. */
  defaultAfterDaysLate: number;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/** The cross-field rules of a product (each field's own bounds are the DTO's). */
export function productIssues(product: Omit<LoanProduct, 'id' | 'createdAt' | 'updatedAt'>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const kind of BORROWER_KINDS) {
    const limits = product.limits[kind];
    if (limits.minFen > limits.maxFen)
      issues.push({ field: `limits.${kind}.minFen`, message: 'must not exceed maxFen' });
  }
  const { min, max } = product.termMonths;
  const months = MONTHS_PER_PERIOD[product.frequency];
  if (min > max) issues.push({ field: 'termMonths.min', message: 'must not exceed termMonths.max' });
  if (max > MAX_TERM_MONTHS)
    issues.push({ field: 'termMonths.max', message: `must be at most ${MAX_TERM_MONTHS} months` });
  if (product.graceMonths % months !== 0)
    issues.push({ field: 'graceMonths', message: `must be a whole number of ${product.frequency} periods` });
  if (product.graceMonths >= min)
    issues.push({ field: 'graceMonths', message: 'must be shorter than the shortest term' });
  if (product.spreadBp > MAX_ANNUAL_RATE_BP)
    issues.push({ field: 'spreadBp', message: `must be at most ${MAX_ANNUAL_RATE_BP} bp` });
  if (product.incubatedStartupTerms)
    issues.push(...incubatedTermsIssues(product, product.incubatedStartupTerms));
  return issues;
}

/** Incubated-startup terms must be better than the standard ones, never worse, and fit the product. */
function incubatedTermsIssues(
  product: Omit<LoanProduct, 'id' | 'createdAt' | 'updatedAt'>,
  better: IncubatedStartupTerms,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const field = 'incubatedStartupTerms';
  if (better.spreadBp > product.spreadBp)
    issues.push({
      field: `${field}.spreadBp`,
      message: `must not exceed the product's spreadBp (${product.spreadBp})`,
    });
  if (better.graceMonths < product.graceMonths)
    issues.push({
      field: `${field}.graceMonths`,
      message: `must not be shorter than the product's graceMonths (${product.graceMonths})`,
    });
  if (better.graceMonths % MONTHS_PER_PERIOD[product.frequency] !== 0)
    issues.push({
      field: `${field}.graceMonths`,
      message: `must be a whole number of ${product.frequency} periods`,
    });
  if (better.graceMonths >= product.termMonths.min)
    issues.push({ field: `${field}.graceMonths`, message: 'must be shorter than the shortest term' });
  return issues;
}

/** Why a requested amount and term do not fit the product, field by field (empty when they fit). */
export function requestIssues(
  product: LoanProduct,
  request: { borrowerKind: BorrowerKind; amountFen: Fen; termMonths: number },
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const limits = product.limits[request.borrowerKind];
  if (request.amountFen < limits.minFen || request.amountFen > limits.maxFen) {
    issues.push({
      field: 'amountFen',
      message: `must be between ${limits.minFen} and ${limits.maxFen} fen for a ${request.borrowerKind} borrower of this product`,
    });
  }
  const { min, max } = product.termMonths;
  const months = MONTHS_PER_PERIOD[product.frequency];
  if (request.termMonths < min || request.termMonths > max) {
    issues.push({
      field: 'termMonths',
      message: `must be between ${min} and ${max} months for this product`,
    });
  } else if (request.termMonths % months !== 0) {
    issues.push({ field: 'termMonths', message: `must be a whole number of ${product.frequency} periods` });
  }
  return issues;
}

/** The rate a loan gets on a day: the LPR then in force plus the product's spread. */
export function annualRateBp(lprBp: number, product: Pick<LoanProduct, 'spreadBp'>): number {
  return lprBp + product.spreadBp;
}

export type { Day };
