import { scheduleTotals, ScheduleTotals } from '../schedules/domain/schedule';
import { liveInstallments, Loan, outstandingFen } from './domain/loan';

export type LoanView = Omit<Loan, 'version'> & {
  /** The schedule as it stands (cancelled instalments left out) summed up; absent before disbursement. */
  totals?: ScheduleTotals & { outstandingFen: number; prepaidPrincipalFen: number };
};

export function toLoanView(loan: Loan): LoanView {
  const { version: _version, ...fields } = loan;
  if (loan.installments.length === 0) return fields;
  const live = liveInstallments(loan);
  return {
    ...fields,
    totals: {
      ...scheduleTotals(live),
      outstandingFen: live.reduce((sum, installment) => sum + outstandingFen(installment), 0),
      prepaidPrincipalFen: loan.prepaidPrincipalFen,
    },
  };
}
