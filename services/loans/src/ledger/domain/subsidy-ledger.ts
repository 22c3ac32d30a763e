import type { Loan } from '../../loans/domain/loan';
import { monthOf } from '../../schedules/domain/calendar';

export type LedgerEntryKind = 'subsidy' | 'reversal';

/**
 * One line of the interest-subsidy ledger: the fund's share of one instalment (positive), or its reversal
 * (negative) when a late payment forfeits it or an early repayment cancels the instalment. Entries are
 * never changed; their ids name the instalment, so writing them again changes nothing.
 */
export interface LedgerEntry {
  id: string;
  kind: LedgerEntryKind;
  loanId: string;
  veteranId: string;
  bankId: string;
  cityId: string;
  revision: number;
  sequence: number;
  /** The instalment's due month, YYYY-MM: the month the subsidy belongs to in reports. */
  month: string;
  amountFen: number;
  reason: 'scheduled' | 'forfeited' | 'recalculated';
}

/**
 * Every entry the loan's schedule implies, derived from the loan alone (so a lost write is made good by
 * writing them all again): a share per instalment with a fund share, a reversal per forfeited or
 * cancelled one. Their sum is the interest the fund saves the veteran on this loan.
 */
export function ledgerEntriesOf(loan: Loan): LedgerEntry[] {
  const entries: LedgerEntry[] = [];
  for (const installment of loan.installments) {
    if (installment.fundInterestFen === 0) continue;
    const base = {
      loanId: loan.id,
      veteranId: loan.veteranId,
      bankId: loan.bankId,
      cityId: loan.cityId,
      revision: installment.revision,
      sequence: installment.sequence,
      month: monthOf(installment.dueOn),
    };
    const key = `${loan.id}:${installment.revision}:${installment.sequence}`;
    entries.push({
      ...base,
      id: `${key}:subsidy`,
      kind: 'subsidy',
      amountFen: installment.fundInterestFen,
      reason: 'scheduled',
    });
    if (installment.forfeited || installment.status === 'cancelled') {
      entries.push({
        ...base,
        id: `${key}:reversal`,
        kind: 'reversal',
        amountFen: -installment.fundInterestFen,
        reason: installment.status === 'cancelled' ? 'recalculated' : 'forfeited',
      });
    }
  }
  return entries;
}

export function ledgerBalanceFen(entries: readonly Pick<LedgerEntry, 'amountFen'>[]): number {
  return entries.reduce((sum, entry) => sum + entry.amountFen, 0);
}
