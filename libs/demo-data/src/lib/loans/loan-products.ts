/**
 * The partner banks' startup loans the demo starts with, shaped like the loans service's
 * `POST /products` body: Xuzhou's two partner banks (Xuzhou's bureau lent over a billion yuan through
 * them) and one in Nanjing. Rates are the LPR plus a spread; half the interest is the fund's.
 */
export interface DemoLoanProduct {
  key: string;
  body: {
    bankId: string;
    name: string;
    cityId: string;
    limits: {
      individual: { minFen: number; maxFen: number };
      'small-business': { minFen: number; maxFen: number };
    };
    termMonths: { min: number; max: number };
    lprTenor: '1y' | '5y';
    spreadBp: number;
    method: 'equal-installment' | 'equal-principal' | 'interest-only';
    frequency: 'monthly' | 'quarterly';
    graceMonths: number;
    subsidy: {
      shareBp: number;
      capPerLoanFen: number;
      capPerYearFen: number;
      forfeitAfterDaysLate: number;
      conditions: ('verified-veteran' | 'registered-business')[];
    };
    /** Better terms for a startup in residence at (or graduated from) an incubation base. */
    incubatedStartupTerms?: { spreadBp: number; graceMonths: number };
    defaultAfterDaysLate: number;
  };
}

/** The LPR quotes officers record (People's Bank of China, 20 May 2025), in basis points. */
export const DEMO_LPR_QUOTES = [{ effectiveOn: '2025-05-20', oneYearBp: 300, fiveYearBp: 350 }] as const;

const YUAN = 100;

export const DEMO_LOAN_PRODUCTS: readonly DemoLoanProduct[] = [
  {
    key: 'xuzhou-rcb-guaranteed',
    body: {
      bankId: 'bank-xuzhou-rcb',
      name: '退役军人创业担保贷款（徐州农商银行）',
      cityId: 'xuzhou',
      limits: {
        individual: { minFen: 10_000 * YUAN, maxFen: 300_000 * YUAN },
        'small-business': { minFen: 10_000 * YUAN, maxFen: 3_000_000 * YUAN },
      },
      termMonths: { min: 12, max: 36 },
      lprTenor: '1y',
      spreadBp: 50,
      method: 'equal-installment',
      frequency: 'monthly',
      graceMonths: 0,
      subsidy: {
        shareBp: 5_000,
        capPerLoanFen: 6_000 * YUAN,
        capPerYearFen: 3_500 * YUAN,
        forfeitAfterDaysLate: 30,
        conditions: ['verified-veteran'],
      },
      defaultAfterDaysLate: 90,
    },
  },
  {
    key: 'xuzhou-bank-business',
    body: {
      bankId: 'bank-xuzhou-bank',
      name: '兵创贷 · 小微企业（徐州银行）',
      cityId: 'xuzhou',
      limits: {
        individual: { minFen: 50_000 * YUAN, maxFen: 500_000 * YUAN },
        'small-business': { minFen: 100_000 * YUAN, maxFen: 5_000_000 * YUAN },
      },
      termMonths: { min: 12, max: 60 },
      lprTenor: '5y',
      spreadBp: 30,
      method: 'equal-principal',
      frequency: 'quarterly',
      graceMonths: 6,
      subsidy: {
        shareBp: 5_000,
        capPerLoanFen: 20_000 * YUAN,
        capPerYearFen: 8_000 * YUAN,
        forfeitAfterDaysLate: 30,
        conditions: ['verified-veteran', 'registered-business'],
      },
      incubatedStartupTerms: { spreadBp: 0, graceMonths: 9 },
      defaultAfterDaysLate: 90,
    },
  },
  {
    key: 'nanjing-bank-seed',
    body: {
      bankId: 'bank-nanjing-bank',
      name: '老兵创业启航贷（南京银行）',
      cityId: 'nanjing',
      limits: {
        individual: { minFen: 10_000 * YUAN, maxFen: 200_000 * YUAN },
        'small-business': { minFen: 10_000 * YUAN, maxFen: 1_000_000 * YUAN },
      },
      termMonths: { min: 6, max: 24 },
      lprTenor: '1y',
      spreadBp: 80,
      method: 'interest-only',
      frequency: 'monthly',
      graceMonths: 0,
      subsidy: {
        shareBp: 3_000,
        capPerLoanFen: 3_000 * YUAN,
        capPerYearFen: 2_000 * YUAN,
        forfeitAfterDaysLate: 15,
        conditions: ['verified-veteran'],
      },
      defaultAfterDaysLate: 60,
    },
  },
];
