import { checkEligibility } from './eligibility';
import { anApplication, aProduct } from './loan.fixture';
import { IncubatedStartup, termsOf, withIncubatedStartupTerms } from './loan-terms';

const checkedAt = new Date('2026-01-10T03:00:00Z');
const verified = { veteranId: 'veteran-1', hasServiceRecord: true, cityId: 'xuzhou' };
const product = aProduct({
  spreadBp: 50,
  graceMonths: 0,
  incubatedStartupTerms: { spreadBp: 0, graceMonths: 6 },
});
const business = { name: '老兵冷链', incubatedStartupId: 'startup-7' };

function reportFor(startup: IncubatedStartup | undefined, offered = product) {
  return checkEligibility({
    loan: anApplication({ business }, offered),
    product: offered,
    veteran: verified,
    otherLoans: [],
    ...(startup ? { startup } : {}),
    checkedAt,
  });
}

describe('terms for an incubated startup', () => {
  it('applies the better terms to a startup of this veteran in residence, saying what changes', () => {
    const report = reportFor({ startupId: 'startup-7', founderId: 'veteran-1', standing: 'in-residence' });
    expect(report.eligible).toBe(true);
    expect(report.incubatedStartup).toEqual({
      applies: true,
      condition: {
        rule: 'incubated-startup-terms',
        passed: true,
        reason:
          'startup startup-7 is in residence at an incubation base: spread 0 bp (not 50) and 6 months of principal grace (not 0)',
      },
    });
  });

  it('applies them to a graduated startup too', () => {
    const report = reportFor({ startupId: 'startup-7', founderId: 'veteran-1', standing: 'graduated' });
    expect(report.incubatedStartup?.applies).toBe(true);
    expect(report.incubatedStartup?.condition.reason).toContain('graduated from an incubation base');
  });

  it.each([
    ['an unknown startup', undefined, 'no startup startup-7 of this veteran is known'],
    [
      "another veteran's startup",
      { startupId: 'startup-7', founderId: 'veteran-2', standing: 'in-residence' } as const,
      'no startup startup-7 of this veteran is known',
    ],
    [
      'a startup that left early',
      { startupId: 'startup-7', founderId: 'veteran-1', standing: 'exited' } as const,
      'left its incubation base early',
    ],
  ])(
    'keeps the standard terms for %s, with the reason, and the loan stays eligible',
    (_case, startup, reason) => {
      const report = reportFor(startup);
      expect(report.eligible).toBe(true);
      expect(report.incubatedStartup?.applies).toBe(false);
      expect(report.incubatedStartup?.condition.reason).toContain(reason);
    },
  );

  it('says so when the product offers no such terms', () => {
    const plain = aProduct();
    const report = reportFor(
      { startupId: 'startup-7', founderId: 'veteran-1', standing: 'in-residence' },
      plain,
    );
    expect(report.incubatedStartup).toMatchObject({
      applies: false,
      condition: { reason: 'this product offers no better terms for incubated startups' },
    });
  });

  it('leaves the report without the section when the application names no startup', () => {
    const report = checkEligibility({
      loan: anApplication({}, product),
      product,
      veteran: verified,
      otherLoans: [],
      checkedAt,
    });
    expect(report).not.toHaveProperty('incubatedStartup');
  });

  it('puts the better spread and grace in force and keeps the rest of the terms', () => {
    const terms = termsOf(product);
    expect(withIncubatedStartupTerms(terms)).toEqual({ ...terms, spreadBp: 0, graceMonths: 6 });
    expect(withIncubatedStartupTerms(termsOf(aProduct()))).toEqual(termsOf(aProduct()));
  });
});
