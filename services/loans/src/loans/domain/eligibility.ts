import { LoanProduct, requestIssues, SubsidyCondition } from '../../products/domain/product';
import { OPEN_STATES, LoanState } from './lifecycle';
import { Loan } from './loan';
import { IncubatedStartup, incubatedStartupRule } from './loan-terms';

/** What this service knows of a veteran, from skills-profiles' events (no personal data). */
export interface VeteranStanding {
  veteranId: string;
  /** Whether the profile carries a service record with a discharge date: a verified veteran here. */
  hasServiceRecord: boolean;
  cityId?: string;
}

export interface RuleResult {
  rule: string;
  passed: boolean;
  reason: string;
}

export interface EligibilityReport {
  eligible: boolean;
  /** Every rule, passed or not, in a fixed order. */
  rules: RuleResult[];
  /** Whether the fund will pay its share, and each of the product's subsidy conditions with its result. */
  subsidy: { applies: boolean; conditions: RuleResult[] };
  /** When the application names an incubated startup: whether the product's better terms apply, and why. */
  incubatedStartup?: { applies: boolean; condition: RuleResult };
  checkedAt: Date;
}

export interface EligibilityFacts {
  loan: Pick<Loan, 'id' | 'veteranId' | 'borrowerKind' | 'amountFen' | 'termMonths' | 'business' | 'terms'>;
  product: LoanProduct;
  veteran: VeteranStanding | undefined;
  /** The veteran's other loans and applications, by state. */
  otherLoans: readonly { id: string; state: LoanState; productId: string }[];
  /** The incubated startup the application names, as incubators' events left it (absent if unknown). */
  startup?: IncubatedStartup;
  checkedAt: Date;
}

const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

function rule(name: string, passed: boolean, ifPassed: string, ifFailed: string): RuleResult {
  return { rule: name, passed, reason: passed ? ifPassed : ifFailed };
}

function hasRegisteredBusiness(loan: EligibilityFacts['loan']): boolean {
  return Boolean(loan.business?.creditCode && CREDIT_CODE.test(loan.business.creditCode));
}

/** Every rule an application must meet, each with its result and its reason; eligible when all pass. */
export function checkEligibility(facts: EligibilityFacts): EligibilityReport {
  const { loan, product, veteran, otherLoans } = facts;
  const fit = requestIssues(product, loan);
  const amountIssue = fit.find((issue) => issue.field === 'amountFen');
  const termIssue = fit.find((issue) => issue.field === 'termMonths');
  const others = otherLoans.filter((other) => other.id !== loan.id);
  const defaulted = others.filter((other) => other.state === 'defaulted');
  const open = others.filter((other) => OPEN_STATES.includes(other.state));

  const rules: RuleResult[] = [
    rule(
      'product-offered',
      product.active,
      `${product.name} is offered`,
      `${product.name} is no longer offered`,
    ),
    rule(
      'veteran-profile',
      veteran !== undefined,
      'the veteran has a profile with the bureau',
      'no veteran profile is known for this applicant: create one first',
    ),
    rule(
      'veteran-service-record',
      veteran?.hasServiceRecord === true,
      'the profile carries a service record with a discharge date',
      'the profile carries no service record: add the discharge details to be verified as a veteran',
    ),
    rule(
      'amount-within-limits',
      !amountIssue,
      'the amount is within the product limits',
      `amount ${amountIssue?.message}`,
    ),
    rule(
      'term-within-limits',
      !termIssue,
      'the term is within the product limits',
      `term ${termIssue?.message}`,
    ),
    rule(
      'no-loan-in-default',
      defaulted.length === 0,
      'no loan of this veteran is in default',
      `loan ${defaulted.map((other) => other.id).join(', ')} is in default`,
    ),
    rule(
      'no-other-open-loan',
      open.length === 0,
      'the veteran has no other open application or loan',
      `application or loan ${open.map((other) => other.id).join(', ')} is still open: one at a time`,
    ),
  ];
  if (loan.borrowerKind === 'small-business') {
    rules.push(
      rule(
        'business-registered',
        hasRegisteredBusiness(loan),
        'the business is registered (unified social credit code given)',
        'a small-business loan needs the business registered: give its 18-character unified social credit code',
      ),
    );
  }

  const conditions = (product.subsidy?.conditions ?? []).map((condition) =>
    subsidyCondition(condition, loan, veteran),
  );
  const rulesPassed = rules.every((result) => result.passed);
  const startupCondition = loan.business?.incubatedStartupId
    ? incubatedStartupRule(loan, facts.startup)
    : undefined;
  return {
    eligible: rulesPassed,
    rules,
    subsidy: {
      applies: product.subsidy !== undefined && conditions.every((condition) => condition.passed),
      conditions,
    },
    ...(startupCondition
      ? { incubatedStartup: { applies: startupCondition.passed, condition: startupCondition } }
      : {}),
    checkedAt: facts.checkedAt,
  };
}

function subsidyCondition(
  condition: SubsidyCondition,
  loan: EligibilityFacts['loan'],
  veteran: VeteranStanding | undefined,
): RuleResult {
  switch (condition) {
    case 'verified-veteran':
      return rule(
        condition,
        veteran?.hasServiceRecord === true,
        'a verified veteran: the fund subsidises the interest',
        'not a verified veteran: no interest subsidy',
      );
    case 'registered-business':
      return rule(
        condition,
        hasRegisteredBusiness(loan),
        'a registered business: the fund subsidises the interest',
        'no registered business: no interest subsidy',
      );
  }
}

/** The failing rules as one line (the rejection's reason). */
export function failingReasons(report: EligibilityReport): string {
  return report.rules
    .filter((result) => !result.passed)
    .map((result) => `${result.rule}: ${result.reason}`)
    .join('; ');
}
