import { IllegalTransitionError, InvalidInputError } from '@vetlink/http';
import { ledgerBalanceFen, ledgerEntriesOf } from '../../ledger/domain/subsidy-ledger';
import { scheduleTotals } from '../../schedules/domain/schedule';
import { reviewInstallments } from './due-review';
import { liveInstallments, Loan } from './loan';
import { aDisbursedLoan, anApplication, TELLER } from './loan.fixture';
import { payableFen, recordRepayment } from './repayments';

const at = new Date('2026-02-15T03:00:00Z');
let references = 0;
const repay = (loan: Loan, amountFen: number, on: string, reference = `ref-${(references += 1)}`) =>
  recordRepayment(loan, { amountFen, on, by: TELLER, at, reference });

// The hand-checked schedule with half the interest subsidised: instalment 1 is 7,915.62 principal and
// 875.00 interest, of which the fund pays 437.50, so the veteran owes 8,353.12.
const FIRST_OWED = 791_562 + 43_750;

describe('a disbursed loan', () => {
  it('fixes the rate at LPR + spread and draws the schedule, its ledger equal to the fund’s share', () => {
    const loan = aDisbursedLoan();
    expect(loan).toMatchObject({
      state: 'disbursed',
      lprBp: 300,
      annualRateBp: 350,
      disbursedOn: '2026-01-15',
    });
    expect(loan.installments[0]).toMatchObject({
      principalFen: 791_562,
      interestFen: 87_500,
      fundInterestFen: 43_750,
    });
    expect(ledgerBalanceFen(ledgerEntriesOf(loan))).toBe(scheduleTotals(loan.installments).fundInterestFen);
    expect(ledgerBalanceFen(ledgerEntriesOf(loan))).toBe(600_000);
  });
});

describe('repayments', () => {
  it('settles an instalment paid on time, and moves the loan to repaying', () => {
    const outcome = repay(aDisbursedLoan(), FIRST_OWED, '2026-02-15');
    expect(outcome.settled).toEqual([1]);
    expect(outcome.loan.state).toBe('repaying');
    expect(outcome.loan.installments[0]).toMatchObject({
      status: 'paid',
      paidFen: FIRST_OWED,
      paidOn: '2026-02-15',
    });
  });

  it('applies a repayment recorded twice under one bank reference once', () => {
    const once = repay(aDisbursedLoan(), 500_000, '2026-02-14', 'BOC-20260214-0001');
    const twice = repay(once.loan, 500_000, '2026-02-14', 'BOC-20260214-0001');
    expect(twice.alreadyRecorded).toBe(true);
    expect(twice.loan).toBe(once.loan);
    expect(twice.loan.installments[0].paidFen).toBe(500_000);
  });

  it('adds partial payments up until the instalment is settled', () => {
    const first = repay(aDisbursedLoan(), 500_000, '2026-02-14');
    expect(first.settled).toEqual([]);
    expect(first.loan.installments[0]).toMatchObject({ status: 'pending', paidFen: 500_000 });
    const second = repay(first.loan, FIRST_OWED - 500_000, '2026-02-15');
    expect(second.settled).toEqual([1]);
  });

  it('forfeits the subsidy of an instalment paid more than 30 days late: the veteran owes the fund’s share', () => {
    const loan = aDisbursedLoan();
    expect(payableFen(loan, '2026-03-18')).toBeGreaterThan(FIRST_OWED + 43_750);
    const outcome = repay(loan, FIRST_OWED + 43_750, '2026-03-18'); // 31 days after 15 Feb
    expect(outcome.settled).toEqual([1]);
    expect(outcome.loan.installments[0]).toMatchObject({ forfeited: true, status: 'paid' });
    const entries = ledgerEntriesOf(outcome.loan);
    expect(entries.filter((entry) => entry.kind === 'reversal')).toEqual([
      expect.objectContaining({
        id: 'loan-1:1:1:reversal',
        amountFen: -43_750,
        reason: 'forfeited',
        month: '2026-02',
      }),
    ]);
    expect(ledgerBalanceFen(entries)).toBe(600_000 - 43_750);
  });

  it('keeps the subsidy of an instalment paid late within the 30 days', () => {
    const outcome = repay(aDisbursedLoan(), FIRST_OWED, '2026-03-17'); // 30 days late
    expect(outcome.loan.installments[0]).toMatchObject({ forfeited: false, status: 'paid' });
  });

  it('takes an early repayment: pays the next instalment, then recalculates the rest over the same periods', () => {
    const paid = repay(aDisbursedLoan(), FIRST_OWED, '2026-02-15').loan;
    const secondOwed = paid.installments[1].principalFen + paid.installments[1].borrowerInterestFen;
    const outcome = repay(paid, secondOwed + 10_000_000, '2026-02-20');
    expect(outcome.settled).toEqual([2]);
    expect(outcome.prepaidFen).toBe(10_000_000);
    const live = liveInstallments(outcome.loan);
    expect(live).toHaveLength(36);
    const recalculated = live.filter((installment) => installment.revision === 2);
    expect(recalculated.map((installment) => installment.sequence)).toEqual(
      Array.from({ length: 34 }, (_, index) => index + 3),
    );
    expect(recalculated[0].dueOn).toBe('2026-04-15');
    // Principal still sums to the amount exactly, counting what was prepaid.
    expect(
      live.reduce((sum, installment) => sum + installment.principalFen, 0) + outcome.loan.prepaidPrincipalFen,
    ).toBe(30_000_000);
    // Lower payments: 195,540.08 CNY left over 34 months at 3.50 %.
    expect(recalculated[0].principalFen + recalculated[0].interestFen).toBeLessThan(879_062);
    // The cancelled instalments' subsidy is reversed, the new ones' recorded: the ledger equals the live schedule.
    expect(ledgerBalanceFen(ledgerEntriesOf(outcome.loan))).toBe(
      live.reduce((sum, installment) => sum + installment.fundInterestFen, 0),
    );
  });

  it('closes the loan when everything payable is paid at once', () => {
    const loan = aDisbursedLoan();
    const outcome = repay(loan, payableFen(loan, '2026-01-20'), '2026-01-20');
    expect(outcome.closed).toBe(true);
    expect(outcome.loan.state).toBe('closed');
    expect(outcome.loan.history.map((step) => step.to)).toEqual(['disbursed', 'repaying', 'closed']);
  });

  it('closes the loan when the last instalment of the schedule is paid', () => {
    let loan = aDisbursedLoan();
    for (const installment of loan.installments) {
      loan = repay(loan, installment.principalFen + installment.borrowerInterestFen, installment.dueOn).loan;
    }
    expect(loan.state).toBe('closed');
    expect(ledgerBalanceFen(ledgerEntriesOf(loan))).toBe(600_000);
  });

  it('refuses more than can be repaid, naming the field, and repayments on a loan not disbursed', () => {
    const loan = aDisbursedLoan();
    expect(() => repay(loan, payableFen(loan, '2026-01-20') + 1, '2026-01-20')).toThrow(InvalidInputError);
    expect(() => repay(loan, payableFen(loan, '2026-01-20') + 1, '2026-01-20')).toThrow(/amountFen/);
    expect(() => repay(anApplication({ state: 'approved' }), 100, '2026-01-20')).toThrow(
      IllegalTransitionError,
    );
  });
});

describe('the periodic review of instalments', () => {
  const review = (loan: Loan, today: string) =>
    reviewInstallments(loan, today, 3, new Date(`${today}T01:00:00Z`));

  it('announces an instalment falling due within three days, once', () => {
    const first = review(aDisbursedLoan(), '2026-02-13');
    expect(first.notices.map((notice) => [notice.kind, notice.installment.sequence])).toEqual([['due', 1]]);
    expect(review(first.loan, '2026-02-13').notices).toEqual([]);
    expect(review(first.loan, '2026-02-13').changed).toBe(false);
  });

  it('announces an unpaid instalment overdue, then again when its subsidy is forfeited', () => {
    const overdue = review(aDisbursedLoan(), '2026-02-16');
    expect(overdue.notices).toEqual([
      expect.objectContaining({ kind: 'overdue', daysLate: 1, outstandingFen: FIRST_OWED }),
    ]);
    const forfeited = review(overdue.loan, '2026-03-18');
    expect(forfeited.forfeited).toEqual([1]);
    expect(forfeited.notices.map((notice) => [notice.kind, notice.installment.sequence])).toEqual([
      ['overdue', 1],
      ['overdue', 2],
    ]);
    expect(forfeited.notices[0]).toMatchObject({ outstandingFen: FIRST_OWED + 43_750 });
  });

  it('declares the loan in default when an instalment is more than 90 days late', () => {
    expect(review(aDisbursedLoan(), '2026-05-16').defaulted).toBe(false);
    const late = review(aDisbursedLoan(), '2026-05-17');
    expect(late.defaulted).toBe(true);
    expect(late.loan.state).toBe('defaulted');
    expect(late.loan.history.at(-1)).toMatchObject({
      by: { role: 'system' },
      reason: expect.stringContaining('91 days'),
    });
  });
});
