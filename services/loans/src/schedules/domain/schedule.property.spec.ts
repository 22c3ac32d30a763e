import fc from 'fast-check';
import { MAX_TERM_MONTHS, MONTHS_PER_PERIOD, REPAYMENT_METHODS, RepaymentPlan } from './repayment-plan';
import { buildSchedule } from './schedule';

const plans = fc
  .record({
    principalFen: fc.integer({ min: 100_000, max: 1_000_000_000 }), // 1,000 CNY to 10 million
    annualRateBp: fc.integer({ min: 0, max: 1_500 }),
    method: fc.constantFrom(...REPAYMENT_METHODS),
    frequency: fc.constantFrom('monthly' as const, 'quarterly' as const),
    termMonths: fc.integer({ min: 1, max: MAX_TERM_MONTHS }),
    graceShare: fc.double({ min: 0, max: 0.99, noNaN: true }),
  })
  .map(({ graceShare, termMonths, ...plan }): RepaymentPlan => {
    const periods = Math.max(1, Math.floor(termMonths / MONTHS_PER_PERIOD[plan.frequency]));
    return { ...plan, periods, gracePeriods: Math.floor(periods * graceShare), startOn: '2026-03-31' };
  });

const subsidies = fc.option(
  fc.record({
    shareBp: fc.integer({ min: 0, max: 10_000 }),
    capPerLoanFen: fc.integer({ min: 0, max: 10_000_000 }),
    capPerYearFen: fc.integer({ min: 0, max: 5_000_000 }),
    forfeitAfterDaysLate: fc.constant(30),
  }),
  { nil: undefined },
);

describe('repayment schedules, over random amounts, rates and terms', () => {
  it('principal parts sum to the amount exactly, in whole non-negative fen', () => {
    fc.assert(
      fc.property(plans, subsidies, (plan, subsidy) => {
        const schedule = buildSchedule(plan, subsidy);
        expect(schedule).toHaveLength(plan.periods);
        expect(schedule.reduce((sum, i) => sum + i.principalFen, 0)).toBe(plan.principalFen);
        for (const i of schedule) {
          for (const value of [i.principalFen, i.interestFen, i.fundInterestFen, i.borrowerInterestFen]) {
            expect(Number.isSafeInteger(value) && value >= 0).toBe(true);
          }
        }
      }),
    );
  });

  it("the borrower's and the fund's interest sum to the interest, and the fund stays within its caps", () => {
    fc.assert(
      fc.property(plans, subsidies, (plan, subsidy) => {
        const schedule = buildSchedule(plan, subsidy);
        const fundByYear = new Map<string, number>();
        for (const i of schedule) {
          expect(i.fundInterestFen + i.borrowerInterestFen).toBe(i.interestFen);
          const year = i.dueOn.slice(0, 4);
          fundByYear.set(year, (fundByYear.get(year) ?? 0) + i.fundInterestFen);
        }
        const fund = schedule.reduce((sum, i) => sum + i.fundInterestFen, 0);
        expect(fund).toBeLessThanOrEqual(subsidy ? subsidy.capPerLoanFen : 0);
        for (const perYear of fundByYear.values())
          expect(perYear).toBeLessThanOrEqual(subsidy ? subsidy.capPerYearFen : 0);
      }),
    );
  });

  it('equal instalments match the closed-form annuity within one fen per instalment', () => {
    fc.assert(
      fc.property(plans, (generated) => {
        const plan = { ...generated, method: 'equal-installment' as const };
        const schedule = buildSchedule(plan, undefined);
        const n = plan.periods - plan.gracePeriods;
        const r = (plan.annualRateBp / 10_000 / 12) * MONTHS_PER_PERIOD[plan.frequency];
        const closedForm = r === 0 ? plan.principalFen / n : (plan.principalFen * r) / (1 - (1 + r) ** -n);
        const repaying = schedule.slice(plan.gracePeriods);
        // Each instalment but the last pays the annuity rounded to the fen...
        for (const i of repaying.slice(0, -1))
          expect(Math.abs(i.principalFen + i.interestFen - closedForm)).toBeLessThanOrEqual(1);
        // ...and the last, absorbing every period's rounding, stays within one fen per instalment of it
        // (within the products' bounds: the payment's half fen compounds at the period rate, so 59
        // quarters at 10.92 % would drift 58 fen; products stop at MAX_TERM_MONTHS).
        const last = repaying[repaying.length - 1];
        expect(Math.abs(last.principalFen + last.interestFen - closedForm)).toBeLessThanOrEqual(n);
      }),
    );
  });
});
