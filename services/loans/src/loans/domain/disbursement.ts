import { Day } from '../../schedules/domain/calendar';
import { Fen } from '../../schedules/domain/money';
import { MONTHS_PER_PERIOD } from '../../schedules/domain/repayment-plan';
import { buildSchedule } from '../../schedules/domain/schedule';
import { Installment } from '../../schedules/domain/subsidy';
import { transition } from './lifecycle';
import { Actor, Loan, LoanInstallment, LoanTerms } from './loan';

/** The schedule a loan of these terms would have if disbursed on `startOn` at the LPR given. */
export function scheduleFor(
  terms: LoanTerms,
  request: { amountFen: Fen; termMonths: number },
  lprBp: number,
  startOn: Day,
  subsidised: boolean,
): { annualRateBp: number; installments: Installment[] } {
  const months = MONTHS_PER_PERIOD[terms.frequency];
  const annualRateBp = lprBp + terms.spreadBp;
  const installments = buildSchedule(
    {
      principalFen: request.amountFen,
      annualRateBp,
      method: terms.method,
      frequency: terms.frequency,
      periods: request.termMonths / months,
      gracePeriods: terms.graceMonths / months,
      startOn,
    },
    subsidised ? terms.subsidy : undefined,
  );
  return { annualRateBp, installments };
}

export function newInstallment(installment: Installment, revision: number): LoanInstallment {
  return {
    ...installment,
    revision,
    status: 'pending',
    paidFen: 0,
    forfeited: false,
    dueNotified: false,
    overdueNotified: false,
  };
}

/** The bank pays the loan out: the rate is fixed (LPR of the day + spread) and the schedule drawn. */
export function disburse(
  loan: Loan,
  facts: { lprBp: number; on: Day; by: Actor; at: Date; reason: string },
): Loan {
  const disbursed = transition(loan, 'disburse', facts.by, facts.at, facts.reason);
  const { annualRateBp, installments } = scheduleFor(
    loan.terms,
    loan,
    facts.lprBp,
    facts.on,
    loan.subsidised,
  );
  return {
    ...disbursed,
    lprBp: facts.lprBp,
    annualRateBp,
    disbursedOn: facts.on,
    installments: installments.map((installment) => newInstallment(installment, 1)),
  };
}
