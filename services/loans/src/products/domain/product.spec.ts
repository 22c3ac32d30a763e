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
