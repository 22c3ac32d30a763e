import { yearOf } from './calendar';
import { Fen, shareOf } from './money';
import { PlannedInstallment } from './repayment-plan';

/** The part of the interest that the veterans' fund pays (贴息), and its limits. */
export interface SubsidyRule {
  /** The fund's share of each instalment's interest, in bp (5,000 = half). */
  shareBp: number;
  /** At most this much over the loan's life. */
  capPerLoanFen: Fen;
  /** At most this much per calendar year of the instalments' due dates, per loan. */
  capPerYearFen: Fen;
  /** An instalment paid in full more than this many days after its due date loses its subsidy. */
  forfeitAfterDaysLate: number;
}

/** What a loan has already drawn on its caps (when the rest of a schedule is recalculated). */
export interface SubsidyDrawn {
  loanFen: Fen;
  byYear: Record<string, Fen>;
}

export const NOTHING_DRAWN: SubsidyDrawn = { loanFen: 0, byYear: {} };

export interface Installment extends PlannedInstallment {
  /** The fund's share of the interest. */
  fundInterestFen: Fen;
  /** interestFen − fundInterestFen: what the borrower pays of the interest. */
  borrowerInterestFen: Fen;
}

/**
 * Splits each instalment's interest between the fund and the borrower, in due order: the fund's part is
 * the share of the interest rounded half up, cut to what is left of the loan's cap and of the due year's
 * cap; the borrower pays the rest, so the two always sum to the interest. No rule: the borrower pays all.
 */
export function splitInterest(
  installments: readonly PlannedInstallment[],
  rule: SubsidyRule | undefined,
  drawn: SubsidyDrawn = NOTHING_DRAWN,
): Installment[] {
  let loanDrawn = drawn.loanFen;
  const yearDrawn = new Map(Object.entries(drawn.byYear));
  return installments.map((installment) => {
    const year = yearOf(installment.dueOn);
    let fund = rule ? shareOf(installment.interestFen, rule.shareBp) : 0;
    if (rule) {
      fund = Math.min(
        fund,
        Math.max(0, rule.capPerLoanFen - loanDrawn),
        Math.max(0, rule.capPerYearFen - (yearDrawn.get(year) ?? 0)),
      );
    }
    loanDrawn += fund;
    yearDrawn.set(year, (yearDrawn.get(year) ?? 0) + fund);
    return { ...installment, fundInterestFen: fund, borrowerInterestFen: installment.interestFen - fund };
  });
}

/** What a set of instalments draws on the caps (to carry into a recalculation). */
export function subsidyDrawnBy(installments: readonly Installment[]): SubsidyDrawn {
  const byYear: Record<string, Fen> = {};
  let loanFen = 0;
  for (const installment of installments) {
    loanFen += installment.fundInterestFen;
    const year = yearOf(installment.dueOn);
    byYear[year] = (byYear[year] ?? 0) + installment.fundInterestFen;
  }
  return { loanFen, byYear };
}
