import { buildSchedule, scheduleTotals } from './schedule';
import { annuityPaymentFen, planInstallments, RepaymentPlan } from './repayment-plan';

/**
 * Hand-checked figures: 300,000 CNY over 36 months at 3.50 % a year (LPR 3.00 % + 50 bp), monthly,
 * disbursed 15 Jan 2026. Monthly rate 0.035 / 12; the annuity P = L·r(1+r)^n / ((1+r)^n − 1)
 * = 8,790.6239… CNY → 8,790.62; the first month's interest 300,000 × 0.035 / 12 = 875.00.
 * Worked independently with decimal arithmetic (half-up to the fen at each period) before being written here.
 */
const loan: RepaymentPlan = {
  principalFen: 30_000_000,
  annualRateBp: 350,
  method: 'equal-installment',
  frequency: 'monthly',
  periods: 36,
  gracePeriods: 0,
  startOn: '2026-01-15',
};

describe('repayment schedules (hand-checked, 300,000 CNY, 36 months, 3.50 %)', () => {
  it('equal instalments: 8,790.62 a month, the last absorbing rounding; 16,462.47 interest in all', () => {
    const schedule = planInstallments(loan);
    expect(annuityPaymentFen(30_000_000, 350, 'monthly', 36)).toBe(879_062);
    expect(schedule).toHaveLength(36);
    expect(schedule[0]).toEqual({
      sequence: 1,
      dueOn: '2026-02-15',
      principalFen: 791_562,
      interestFen: 87_500,
    });
    for (const installment of schedule.slice(0, 35))
      expect(installment.principalFen + installment.interestFen).toBe(879_062);
    expect(schedule[35]).toEqual({
      sequence: 36,
      dueOn: '2029-01-15',
      principalFen: 876_520,
      interestFen: 2_557,
    });
    expect(scheduleTotals(buildSchedule(loan, undefined))).toMatchObject({
      principalFen: 30_000_000,
      interestFen: 1_646_247,
    });
  });

  it('equal instalments after a 6-month grace: 875.00 interest only, then 10,458.45 over 30 months', () => {
    const schedule = planInstallments({ ...loan, gracePeriods: 6 });
    for (const installment of schedule.slice(0, 6))
      expect(installment).toMatchObject({ principalFen: 0, interestFen: 87_500 });
    expect(schedule[6]).toMatchObject({ sequence: 7, principalFen: 958_345, interestFen: 87_500 });
    for (const installment of schedule.slice(6, 35))
      expect(installment.principalFen + installment.interestFen).toBe(1_045_845);
    expect(schedule[35]).toMatchObject({ principalFen: 1_042_792, interestFen: 3_041 });
    expect(scheduleTotals(buildSchedule({ ...loan, gracePeriods: 6 }, undefined)).interestFen).toBe(
      1_900_338,
    );
  });

  it('equal principal: 8,333.33 a month and 8,333.45 in the last; interest falls by about 24.31 a month', () => {
    const schedule = planInstallments({ ...loan, method: 'equal-principal' });
    expect(schedule[0]).toMatchObject({ principalFen: 833_333, interestFen: 87_500 });
    expect(schedule[1]).toMatchObject({ principalFen: 833_333, interestFen: 85_069 });
    expect(schedule[35]).toMatchObject({ principalFen: 833_345, interestFen: 2_431 });
    // L·r·(n+1)/2 = 300,000 × 0.035/12 × 37/2 = 16,187.50
    expect(scheduleTotals(buildSchedule({ ...loan, method: 'equal-principal' }, undefined)).interestFen).toBe(
      1_618_750,
    );
  });

  it('equal principal after a 6-month grace: 10,000.00 a month over the last 30', () => {
    const schedule = planInstallments({ ...loan, method: 'equal-principal', gracePeriods: 6 });
    expect(schedule[5]).toMatchObject({ principalFen: 0, interestFen: 87_500 });
    expect(schedule[6]).toMatchObject({ principalFen: 1_000_000, interestFen: 87_500 });
    expect(schedule[7]).toMatchObject({ principalFen: 1_000_000, interestFen: 84_583 });
    expect(schedule[35]).toMatchObject({ principalFen: 1_000_000, interestFen: 2_917 });
    expect(
      scheduleTotals(buildSchedule({ ...loan, method: 'equal-principal', gracePeriods: 6 }, undefined))
        .interestFen,
    ).toBe(1_881_250);
  });

  it('interest only: 875.00 every month and the whole principal with the last', () => {
    const schedule = planInstallments({ ...loan, method: 'interest-only' });
    expect(schedule.slice(0, 35).every((i) => i.principalFen === 0 && i.interestFen === 87_500)).toBe(true);
    expect(schedule[35]).toMatchObject({ principalFen: 30_000_000, interestFen: 87_500 });
  });

  it('quarterly: 12 instalments three months apart, a quarter of the yearly rate each', () => {
    const schedule = planInstallments({ ...loan, frequency: 'quarterly', periods: 12 });
    expect(schedule.map((i) => i.dueOn).slice(0, 2)).toEqual(['2026-04-15', '2026-07-15']);
    expect(schedule[0].interestFen).toBe(262_500);
  });

  it('a half subsidy capped at 3,500 a year and 6,000 a loan: the fund pays half until a cap bites', () => {
    const schedule = buildSchedule(loan, {
      shareBp: 5_000,
      capPerLoanFen: 600_000,
      capPerYearFen: 350_000,
      forfeitAfterDaysLate: 30,
    });
    // Jan 2026 disbursement: instalments 1–11 fall due in 2026; the ninth (688.41 interest) meets the year cap.
    expect(schedule[0]).toMatchObject({
      interestFen: 87_500,
      fundInterestFen: 43_750,
      borrowerInterestFen: 43_750,
    });
    expect(schedule[8]).toMatchObject({
      interestFen: 68_841,
      fundInterestFen: 32_509,
      borrowerInterestFen: 36_332,
    });
    expect(schedule[9]).toMatchObject({ fundInterestFen: 0, borrowerInterestFen: 66_477 });
    // 2027 starts afresh (617.30 → 308.65) until the loan cap is met in instalment 21.
    expect(schedule[11]).toMatchObject({ dueOn: '2027-01-15', interestFen: 61_730, fundInterestFen: 30_865 });
    expect(schedule[20]).toMatchObject({ interestFen: 40_023, fundInterestFen: 15_414 });
    expect(schedule.slice(21).every((i) => i.fundInterestFen === 0)).toBe(true);
    const totals = scheduleTotals(schedule);
    expect(totals.fundInterestFen).toBe(600_000);
    expect(totals.fundInterestFen + totals.borrowerInterestFen).toBe(totals.interestFen);
  });

  it('keeps the 31st on month ends: 31 Jan, then 28 Feb, then 31 Mar', () => {
    const schedule = planInstallments({ ...loan, startOn: '2025-12-31', periods: 3 });
    expect(schedule.map((i) => i.dueOn)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31']);
  });
});
