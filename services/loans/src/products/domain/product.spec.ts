import { aProduct } from '../../loans/domain/loan.fixture';
import { productIssues, requestIssues } from './product';

describe('loan products', () => {
  it('accepts a coherent product', () => {
    expect(productIssues(aProduct())).toEqual([]);
  });

  it('names each incoherent field', () => {
    const product = aProduct({
      limits: {
        individual: { minFen: 5_000_000, maxFen: 1_000_000 },
        'small-business': { minFen: 1_000_000, maxFen: 300_000_000 },
      },
      frequency: 'quarterly',
      termMonths: { min: 12, max: 72 },
      graceMonths: 4,
    });
    expect(productIssues(product).map((issue) => issue.field)).toEqual([
      'limits.individual.minFen',
      'termMonths.max',
      'graceMonths',
    ]);
    expect(productIssues(aProduct({ graceMonths: 12 })).map((issue) => issue.field)).toEqual(['graceMonths']);
  });

  it('takes incubated-startup terms only when they are better than the standard ones and fit the product', () => {
    const fitting = aProduct({
      spreadBp: 50,
      graceMonths: 0,
      incubatedStartupTerms: { spreadBp: 0, graceMonths: 6 },
    });
    expect(productIssues(fitting)).toEqual([]);
    const worse = aProduct({
      spreadBp: 50,
      graceMonths: 3,
      frequency: 'quarterly',
      incubatedStartupTerms: { spreadBp: 80, graceMonths: 2 },
    });
    expect(productIssues(worse)).toEqual([
      { field: 'incubatedStartupTerms.spreadBp', message: "must not exceed the product's spreadBp (50)" },
      {
        field: 'incubatedStartupTerms.graceMonths',
        message: "must not be shorter than the product's graceMonths (3)",
      },
      { field: 'incubatedStartupTerms.graceMonths', message: 'must be a whole number of quarterly periods' },
    ]);
    const tooLong = aProduct({ incubatedStartupTerms: { spreadBp: 0, graceMonths: 12 } });
    expect(productIssues(tooLong).map((issue) => issue.message)).toEqual([
      'must be shorter than the shortest term',
    ]);
  });

  it('checks a request against the limits of its kind of borrower and the term', () => {
    const product = aProduct({ frequency: 'quarterly' });
    expect(
      requestIssues(product, { borrowerKind: 'individual', amountFen: 30_000_000, termMonths: 36 }),
    ).toEqual([]);
    expect(
      requestIssues(product, { borrowerKind: 'individual', amountFen: 30_000_001, termMonths: 13 }).map(
        (issue) => issue.field,
      ),
    ).toEqual(['amountFen', 'termMonths']);
    expect(
      requestIssues(product, { borrowerKind: 'small-business', amountFen: 30_000_001, termMonths: 24 }),
    ).toEqual([]);
  });
});
