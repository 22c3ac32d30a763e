import { Fen } from './money';
import { planInstallments, RepaymentPlan } from './repayment-plan';
import { Installment, splitInterest, SubsidyDrawn, SubsidyRule } from './subsidy';

export interface ScheduleTotals {
  principalFen: Fen;
  interestFen: Fen;
  fundInterestFen: Fen;
  borrowerInterestFen: Fen;
  /** Principal + the borrower's interest: what the borrower pays over the schedule. */
  borrowerPaysFen: Fen;
}

/** A repayment schedule: the plan's instalments with each one's interest split with the fund. */
export function buildSchedule(
  plan: RepaymentPlan,
  subsidy: SubsidyRule | undefined,
  drawn?: SubsidyDrawn,
): Installment[] {
  return splitInterest(planInstallments(plan), subsidy, drawn);
}

export function scheduleTotals(installments: readonly Installment[]): ScheduleTotals {
  const sum = (pick: (installment: Installment) => Fen) =>
    installments.reduce((total, installment) => total + pick(installment), 0);
  const principalFen = sum((installment) => installment.principalFen);
  const borrowerInterestFen = sum((installment) => installment.borrowerInterestFen);
  return {
    principalFen,
    interestFen: sum((installment) => installment.interestFen),
    fundInterestFen: sum((installment) => installment.fundInterestFen),
    borrowerInterestFen,
    borrowerPaysFen: principalFen + borrowerInterestFen,
  };
}
