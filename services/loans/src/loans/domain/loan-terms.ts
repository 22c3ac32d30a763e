import type { LoanProduct } from '../../products/domain/product';
import type { RuleResult } from './eligibility';
import type { Loan, LoanTerms } from './loan';

/** The product's terms as a loan keeps them from the day it is applied for. */
export function termsOf(product: LoanProduct): LoanTerms {
  return {
    productName: product.name,
    lprTenor: product.lprTenor,
    spreadBp: product.spreadBp,
    method: product.method,
    frequency: product.frequency,
    graceMonths: product.graceMonths,
    ...(product.subsidy ? { subsidy: product.subsidy } : {}),
    ...(product.incubatedStartupTerms ? { incubatedStartupTerms: product.incubatedStartupTerms } : {}),
    defaultAfterDaysLate: product.defaultAfterDaysLate,
  };
}

/** Where a startup stands with its incubation base, from incubators' events. */
export const STARTUP_STANDINGS = ['in-residence', 'graduated', 'exited'] as const;
export type StartupStanding = (typeof STARTUP_STANDINGS)[number];

export interface IncubatedStartup {
  /** Incubators' id of the startup (its application, which became the startup in residence). */
  startupId: string;
  founderId: string;
  standing: StartupStanding;
}

export const INCUBATED_STARTUP_RULE = 'incubated-startup-terms';

/**
 * Whether the loan gets the product's incubated-startup terms: the startup it names must be known from
 * the incubation bases, founded by this veteran, and in residence or graduated (one that left early is not).
 */
export function incubatedStartupRule(
  loan: Pick<Loan, 'veteranId' | 'business' | 'terms'>,
  startup: IncubatedStartup | undefined,
): RuleResult {
  const startupId = loan.business?.incubatedStartupId ?? '';
  const better = loan.terms.incubatedStartupTerms;
  const result = (passed: boolean, reason: string): RuleResult => ({
    rule: INCUBATED_STARTUP_RULE,
    passed,
    reason,
  });
  if (!better) return result(false, 'this product offers no better terms for incubated startups');
  if (!startup || startup.founderId !== loan.veteranId)
    return result(false, `no startup ${startupId} of this veteran is known from the incubation bases`);
  if (startup.standing === 'exited')
    return result(false, `startup ${startupId} left its incubation base early: the standard terms apply`);
  const where = startup.standing === 'in-residence' ? 'is in residence at' : 'graduated from';
  return result(
    true,
    `startup ${startupId} ${where} an incubation base: spread ${better.spreadBp} bp (not ${loan.terms.spreadBp}) ` +
      `and ${better.graceMonths} months of principal grace (not ${loan.terms.graceMonths})`,
  );
}

/** The loan's terms with the incubated-startup ones in force. */
export function withIncubatedStartupTerms(terms: LoanTerms): LoanTerms {
  const better = terms.incubatedStartupTerms;
  return better ? { ...terms, spreadBp: better.spreadBp, graceMonths: better.graceMonths } : terms;
}
