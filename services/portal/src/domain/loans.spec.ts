import { describe, expect, it } from 'vitest';
import {
  amountAndTermProblems,
  applicationProblems,
  applyBodyOf,
  decisionOf,
  fenOfYuan,
  formatBp,
  formatFen,
  liveInstallments,
  lprInForce,
  mayDecide,
  mayDisburse,
  mayRecordRepayment,
  mayWithdraw,
  previewSummary,
  productRateBp,
  repaymentPosition,
  yuanInputOf,
  type ApplicationForm,
  type Installment,
  type Loan,
} from './loans';

describe('money in fen and rates in basis points', () => {
  it('shows fen as yuan with two decimals and grouped thousands', () => {
    expect(formatFen(879_062, 'zh-CN')).toBe('¥8,790.62');
    expect(formatFen(30_000_000, 'en')).toBe('¥300,000.00');
    expect(formatFen(5, 'en')).toBe('¥0.05');
    expect(formatFen(-43_750, 'en')).toBe('-¥437.50');
  });

  it('reads typed yuan as whole fen, digit by digit', () => {
    expect(fenOfYuan('300000')).toBe(30_000_000);
    expect(fenOfYuan('300,000.5')).toBe(30_000_050);
    expect(fenOfYuan(' 8790.62 ')).toBe(879_062);
    // 0.29 * 100 is 28.999999999999996 in floating point: read as digits it is 29 fen
    expect(fenOfYuan('0.29')).toBe(29);
    for (const wrong of ['', 'abc', '1.234', '-5', '1e5', '12.'])
      expect({ wrong, fen: fenOfYuan(wrong) }).toEqual({ wrong, fen: undefined });
  });

  it('gives fen back as a person would type it', () => {
    expect(yuanInputOf(30_000_000)).toBe('300000');
    expect(yuanInputOf(250)).toBe('2.50');
    expect(fenOfYuan(yuanInputOf(879_062))).toBe(879_062);
  });

  it('shows basis points as a percentage, shares without needless decimals', () => {
    expect(formatBp(350)).toBe('3.50%');
    expect(formatBp(5)).toBe('0.05%');
    expect(formatBp(5_000, { trim: true })).toBe('50%');
    expect(formatBp(3_750, { trim: true })).toBe('37.50%');
  });
});

describe('a product’s rate today', () => {
  const quotes = [
    { effectiveOn: '2024-01-01', oneYearBp: 345, fiveYearBp: 420 },
    { effectiveOn: '2026-10-21', oneYearBp: 300, fiveYearBp: 350 },
    { effectiveOn: '2027-01-20', oneYearBp: 290, fiveYearBp: 340 },
  ];

  it('takes the latest quote in force, not one announced for later', () => {
    expect(lprInForce(quotes, '2026-12-07')?.effectiveOn).toBe('2026-10-21');
    expect(lprInForce(quotes, '2026-10-21')?.effectiveOn).toBe('2026-10-21');
    expect(lprInForce(quotes, '2023-12-31')).toBeUndefined();
  });

  it('adds the spread to the LPR of the product’s tenor', () => {
    const quote = lprInForce(quotes, '2026-12-07');
    expect(productRateBp({ lprTenor: '1y', spreadBp: 50 }, quote)).toBe(350);
    expect(productRateBp({ lprTenor: '5y', spreadBp: -20 }, quote)).toBe(330);
    expect(productRateBp({ lprTenor: '1y', spreadBp: 50 }, undefined)).toBeUndefined();
  });
});

describe('what a preview means to the veteran', () => {
  it('the first payment is principal and the borrower’s interest; saved is the fund’s share', () => {
    const summary = previewSummary({
      annualRateBp: 350,
      lprBp: 300,
      productId: 'p-1',
      startOn: '2026-12-07',
      subsidised: true,
      installments: [
        {
          sequence: 1,
          dueOn: '2027-01-07',
          principalFen: 791_562,
          interestFen: 87_500,
          fundInterestFen: 43_750,
          borrowerInterestFen: 43_750,
        },
      ],
      totals: {
        principalFen: 30_000_000,
        interestFen: 1_646_247,
        fundInterestFen: 600_000,
        borrowerInterestFen: 1_046_247,
        borrowerPaysFen: 31_046_247,
      },
    });
    expect(summary).toEqual({
      firstPaymentFen: 835_312,
      installmentCount: 1,
      interestWithoutSubsidyFen: 1_646_247,
      interestYouPayFen: 1_046_247,
      interestSavedFen: 600_000,
      totalYouRepayFen: 31_046_247,
    });
  });
});

describe('the application form', () => {
  const product = {
    limits: {
      individual: { minFen: 1_000_000, maxFen: 30_000_000 },
      'small-business': { minFen: 1_000_000, maxFen: 300_000_000 },
    },
    termMonths: { min: 12, max: 36 },
  };
  const form: ApplicationForm = {
    amountYuan: '200000',
    termMonths: 24,
    borrowerKind: 'individual',
    purpose: ' 购置冷藏车 ',
    businessName: '',
    creditCode: '',
  };

  it('passes a form within the product’s limits and sends whole fen', () => {
    expect(applicationProblems(product, form)).toEqual([]);
    expect(applyBodyOf('p-1', form)).toEqual({
      productId: 'p-1',
      borrowerKind: 'individual',
      amountFen: 20_000_000,
      termMonths: 24,
      purpose: '购置冷藏车',
    });
  });

  it('names the amount outside the limits of the borrower’s kind, with the limit', () => {
    expect(amountAndTermProblems(product, { ...form, amountYuan: '400000' })).toEqual([
      { field: 'amountFen', problem: 'aboveMax', limitFen: 30_000_000 },
    ]);
    expect(
      amountAndTermProblems(product, { ...form, amountYuan: '400000', borrowerKind: 'small-business' }),
    ).toEqual([]);
    expect(amountAndTermProblems(product, { ...form, amountYuan: '5000' })).toEqual([
      { field: 'amountFen', problem: 'belowMin', limitFen: 1_000_000 },
    ]);
    expect(amountAndTermProblems(product, { ...form, amountYuan: '十万' })).toEqual([
      { field: 'amountFen', problem: 'notMoney' },
    ]);
  });

  it('names a missing or out-of-range term with the range', () => {
    expect(amountAndTermProblems(product, { ...form, termMonths: undefined })).toEqual([
      { field: 'termMonths', problem: 'required', min: 12, max: 36 },
    ]);
    expect(amountAndTermProblems(product, { ...form, termMonths: 48 })).toEqual([
      { field: 'termMonths', problem: 'outOfRange', min: 12, max: 36 },
    ]);
  });

  it('asks for the purpose, a small business’s name, and a credit code of 18 characters', () => {
    const problems = applicationProblems(product, {
      ...form,
      purpose: '  ',
      borrowerKind: 'small-business',
      creditCode: '9132',
    });
    expect(problems.map((problem) => problem.field)).toEqual([
      'purpose',
      'business.name',
      'business.creditCode',
    ]);
    expect(
      applyBodyOf('p-1', {
        ...form,
        borrowerKind: 'small-business',
        businessName: '老兵冷链',
        creditCode: '91320300ma1x2y3z4k',
      }).business,
    ).toEqual({ name: '老兵冷链', creditCode: '91320300MA1X2Y3Z4K' });
  });
});

describe('a loan’s life and its repayments', () => {
  const installment = (sequence: number, overrides: Partial<Installment> = {}): Installment => ({
    sequence,
    revision: 1,
    dueOn: `2027-${String(sequence).padStart(2, '0')}-07`,
    principalFen: 800_000,
    interestFen: 80_000,
    fundInterestFen: 40_000,
    borrowerInterestFen: 40_000,
    paidFen: 0,
    status: 'pending',
    forfeited: false,
    dueNotified: false,
    overdueNotified: false,
    ...overrides,
  });

  it('allows each step only where the service does', () => {
    expect(mayWithdraw({ state: 'bank-review' })).toBe(true);
    expect(mayWithdraw({ state: 'disbursed' })).toBe(false);
    expect(mayDecide({ state: 'bank-review' })).toBe(true);
    expect(mayDecide({ state: 'approved' })).toBe(false);
    expect(mayDisburse({ state: 'approved' })).toBe(true);
    expect(mayRecordRepayment({ state: 'repaying' })).toBe(true);
    expect(mayRecordRepayment({ state: 'closed' })).toBe(false);
  });

  it('finds the latest decision with its reason', () => {
    const by = { role: 'bank-staff', userId: 'u-1' };
    const history: Loan['history'] = [
      { from: 'draft', to: 'submitted', at: '2026-12-07T01:00:00Z', by, reason: 'submitted' },
      { from: 'bank-review', to: 'approved', at: '2026-12-07T02:00:00Z', by, reason: '经营计划可行' },
      { from: 'approved', to: 'disbursed', at: '2026-12-07T03:00:00Z', by, reason: 'paid out' },
    ];
    expect(decisionOf({ history })?.reason).toBe('经营计划可行');
    expect(decisionOf({ history: history.slice(0, 1) })).toBeUndefined();
  });

  it('what is due next, what was paid and the interest saved so far', () => {
    const loan = {
      prepaidPrincipalFen: 0,
      installments: [
        installment(3),
        installment(1, { status: 'paid', paidFen: 840_000, paidOn: '2027-01-06' }),
        installment(2, { paidFen: 100_000 }),
        installment(4, { status: 'cancelled' }),
      ],
    };
    expect(liveInstallments(loan).map((item) => item.sequence)).toEqual([1, 2, 3]);
    expect(repaymentPosition(loan)).toEqual({
      next: { installment: loan.installments[2], outstandingFen: 740_000 },
      paidFen: 940_000,
      paidCount: 1,
      interestSavedSoFarFen: 40_000,
      interestSavedPlannedFen: 120_000,
    });
  });

  it('a forfeited subsidy is owed by the borrower and saves nothing', () => {
    const position = repaymentPosition({
      prepaidPrincipalFen: 0,
      installments: [installment(1, { forfeited: true }), installment(2)],
    });
    expect(position.next?.outstandingFen).toBe(880_000);
    expect(position.interestSavedPlannedFen).toBe(40_000);
  });
});
