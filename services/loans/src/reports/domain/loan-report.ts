import type { Day } from '../../schedules/domain/calendar';
import { monthOf } from '../../schedules/domain/calendar';
import { ACTIVE_STATES } from '../../loans/domain/lifecycle';
import type { DisbursedLoanFacts } from '../../loans/domain/loan-facts';

export const REPORT_GROUPINGS = ['bank', 'city', 'month'] as const;
export type ReportGrouping = (typeof REPORT_GROUPINGS)[number];

export interface ReportRow {
  key: string;
  disbursedCount: number;
  disbursedFen: number;
  activeCount: number;
  overdueCount: number;
  /** The fund's shares recorded, the reversals, and the net: the interest saved for veterans. */
  subsidyFen: number;
  reversedFen: number;
  interestSavedFen: number;
}

export type ReportTotals = Omit<ReportRow, 'key'>;

function emptyRow(key: string): ReportRow {
  return {
    key,
    disbursedCount: 0,
    disbursedFen: 0,
    activeCount: 0,
    overdueCount: 0,
    subsidyFen: 0,
    reversedFen: 0,
    interestSavedFen: 0,
  };
}

/**
 * Rows by bank, city or month. Loans count by their bank, city, or disbursement month (by month: of the
 * loans paid out that month, how many are still active or overdue today); the subsidy comes from the
 * ledger as it is grouped there (by month: the instalments' due month), so its totals are the ledger's.
 */
export function buildReport(
  grouping: ReportGrouping,
  loans: readonly DisbursedLoanFacts[],
  ledger: readonly { key: string; subsidyFen: number; reversedFen: number; netFen: number }[],
  today: Day,
): { rows: ReportRow[]; totals: ReportTotals } {
  const rows = new Map<string, ReportRow>();
  const row = (key: string): ReportRow => {
    const existing = rows.get(key);
    if (existing) return existing;
    const created = emptyRow(key);
    rows.set(key, created);
    return created;
  };
  for (const loan of loans) {
    const key =
      grouping === 'bank' ? loan.bankId : grouping === 'city' ? loan.cityId : monthOf(loan.disbursedOn);
    const target = row(key);
    target.disbursedCount += 1;
    target.disbursedFen += loan.amountFen;
    if (ACTIVE_STATES.includes(loan.state)) {
      target.activeCount += 1;
      if (loan.pendingDueOn.some((dueOn) => dueOn < today)) target.overdueCount += 1;
    }
  }
  for (const entry of ledger) {
    const target = row(entry.key);
    target.subsidyFen += entry.subsidyFen;
    target.reversedFen += entry.reversedFen;
    target.interestSavedFen += entry.netFen;
  }
  const sorted = [...rows.values()].sort((a, b) => a.key.localeCompare(b.key));
  const totals = sorted.reduce<ReportTotals>(
    (sum, current) => ({
      disbursedCount: sum.disbursedCount + current.disbursedCount,
      disbursedFen: sum.disbursedFen + current.disbursedFen,
      activeCount: sum.activeCount + current.activeCount,
      overdueCount: sum.overdueCount + current.overdueCount,
      subsidyFen: sum.subsidyFen + current.subsidyFen,
      reversedFen: sum.reversedFen + current.reversedFen,
      interestSavedFen: sum.interestSavedFen + current.interestSavedFen,
    }),
    { ...emptyRow('') },
  );
  const { key: _key, ...plainTotals } = totals as ReportRow;
  return { rows: sorted, totals: plainTotals };
}
