import { LoanProduct } from '../../products/domain/product';
import { disburse } from './disbursement';
import { Loan } from './loan';
import { termsOf } from './loan-terms';

export const OFFICER = { userId: 'officer-1', role: 'officer' };
export const TELLER = { userId: 'teller-1', role: 'bank-staff' };
export const VETERAN = { userId: 'veteran-1', role: 'veteran' };

/** Xuzhou's partner bank's startup loan: LPR + 50 bp, equal instalments, half the interest subsidised. */
export function aProduct(overrides: Partial<LoanProduct> = {}): LoanProduct {
  return {
    id: 'product-1',
    bankId: 'bank-xz',
    name: '退役军人创业贷',
    cityId: 'xuzhou',
    limits: {
      individual: { minFen: 1_000_000, maxFen: 30_000_000 },
      'small-business': { minFen: 1_000_000, maxFen: 300_000_000 },
    },
    termMonths: { min: 12, max: 36 },
    lprTenor: '1y',
    spreadBp: 50,
    method: 'equal-installment',
    frequency: 'monthly',
    graceMonths: 0,
    subsidy: {
      shareBp: 5_000,
      capPerLoanFen: 600_000,
      capPerYearFen: 350_000,
      forfeitAfterDaysLate: 30,
      conditions: ['verified-veteran'],
    },
    defaultAfterDaysLate: 90,
    active: true,
    createdAt: new Date('2026-01-01T00:00:00Z'),
    updatedAt: new Date('2026-01-01T00:00:00Z'),
    ...overrides,
  };
}

export function anApplication(overrides: Partial<Loan> = {}, product = aProduct()): Loan {
  const at = new Date('2026-01-10T02:00:00Z');
  return {
    id: 'loan-1',
    version: 1,
    veteranId: 'veteran-1',
    bankId: product.bankId,
    productId: product.id,
    cityId: product.cityId,
    borrowerKind: 'individual',
    amountFen: 30_000_000,
    termMonths: 36,
    purpose: 'a cold-chain delivery van for a fruit business',
    terms: termsOf(product),
    state: 'draft',
    subsidised: true,
    installments: [],
    prepaidPrincipalFen: 0,
    repaymentReferences: [],
    history: [],
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

/** 300,000 CNY over 36 months at 3.00 % + 50 bp, disbursed on 15 Jan 2026 (the hand-checked schedule). */
export function aDisbursedLoan(overrides: Partial<Loan> = {}): Loan {
  return disburse(anApplication({ state: 'approved', ...overrides }), {
    lprBp: 300,
    on: '2026-01-15',
    by: TELLER,
    at: new Date('2026-01-15T02:00:00Z'),
    reason: 'paid into the business account',
  });
}
