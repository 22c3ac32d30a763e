import { checkEligibility, failingReasons } from './eligibility';
import { anApplication, aProduct } from './loan.fixture';

const checkedAt = new Date('2026-01-10T03:00:00Z');
const verified = { veteranId: 'veteran-1', hasServiceRecord: true, cityId: 'xuzhou' };

describe('eligibility', () => {
  it('lists every rule with its result and reason, and the subsidy conditions', () => {
    const report = checkEligibility({
      loan: anApplication(),
      product: aProduct(),
      veteran: verified,
      otherLoans: [],
      checkedAt,
    });
    expect(report.eligible).toBe(true);
    expect(report.rules.map((rule) => [rule.rule, rule.passed])).toEqual([
      ['product-offered', true],
      ['veteran-profile', true],
      ['veteran-service-record', true],
      ['amount-within-limits', true],
      ['term-within-limits', true],
      ['no-loan-in-default', true],
      ['no-other-open-loan', true],
    ]);
    expect(report.subsidy).toEqual({
      applies: true,
      conditions: [
        { rule: 'verified-veteran', passed: true, reason: expect.stringContaining('verified veteran') },
      ],
    });
  });

  it('names every failing rule at once, with its reason', () => {
    const report = checkEligibility({
      loan: anApplication({
        borrowerKind: 'small-business',
        amountFen: 400_000_000,
        business: { name: '老兵果蔬' },
      }),
      product: aProduct({ active: false }),
      veteran: undefined,
      otherLoans: [
        { id: 'loan-0', state: 'defaulted', productId: 'product-1' },
        { id: 'loan-9', state: 'repaying', productId: 'product-2' },
      ],
      checkedAt,
    });
    expect(report.eligible).toBe(false);
    expect(report.rules.filter((rule) => !rule.passed).map((rule) => rule.rule)).toEqual([
      'product-offered',
      'veteran-profile',
      'veteran-service-record',
      'amount-within-limits',
      'no-loan-in-default',
      'no-other-open-loan',
      'business-registered',
    ]);
    expect(failingReasons(report)).toContain('loan loan-0 is in default');
    expect(report.subsidy.applies).toBe(false);
  });

  it('accepts a registered small business by its unified social credit code', () => {
    const report = checkEligibility({
      loan: anApplication({
        borrowerKind: 'small-business',
        business: { name: '老兵果蔬', creditCode: '91320300MA1XXXXX0Y' },
      }),
      product: aProduct(),
      veteran: verified,
      otherLoans: [{ id: 'loan-0', state: 'closed', productId: 'product-1' }],
      checkedAt,
    });
    expect(report.rules.find((rule) => rule.rule === 'business-registered')?.passed).toBe(true);
    expect(report.eligible).toBe(true);
  });
});
