import { IllegalTransitionError, InvalidInputError } from '@vetlink/http';
import { Day, daysBetween } from '../../schedules/domain/calendar';
import { Fen } from '../../schedules/domain/money';
import { MONTHS_PER_PERIOD } from '../../schedules/domain/repayment-plan';
import { buildSchedule } from '../../schedules/domain/schedule';
import { subsidyDrawnBy } from '../../schedules/domain/subsidy';
import { newInstallment } from './disbursement';
import { REPAYABLE_STATES, transition } from './lifecycle';
import { Actor, liveInstallments, Loan, LoanInstallment, outstandingFen } from './loan';

export interface RepaymentOutcome {
  loan: Loan;
  /** The bank's reference was recorded before: nothing was applied again. */
  alreadyRecorded: boolean;
  /** Sequences settled in full by this repayment. */
  settled: number[];
  /** Principal repaid ahead of the schedule (the rest was then recalculated, or the loan closed). */
  prepaidFen: Fen;
  closed: boolean;
}

/**
 * Instalments more than the product's days late lose the fund's share: from then on the borrower owes
 * it. Applied when a repayment is recorded and by the periodic review, whichever comes first.
 */
export function forfeitLateSubsidies(loan: Loan, today: Day): { loan: Loan; forfeited: number[] } {
  const limit = loan.terms.subsidy?.forfeitAfterDaysLate;
  if (limit === undefined) return { loan, forfeited: [] };
  const forfeited: number[] = [];
  const installments = loan.installments.map((installment) => {
    const late = daysBetween(installment.dueOn, today);
    if (installment.status !== 'pending' || installment.forfeited || late <= limit) return installment;
    if (installment.fundInterestFen > 0) forfeited.push(installment.sequence);
    return { ...installment, forfeited: true };
  });
  return { loan: { ...loan, installments }, forfeited };
}

/** The most a repayment on `on` may be: everything due, the next instalment, and the principal after it. */
export function payableFen(loan: Loan, on: Day): Fen {
  const pending = loan.installments.filter((installment) => installment.status === 'pending');
  const due = pending.filter((installment) => installment.dueOn <= on);
  const ahead = pending.filter((installment) => installment.dueOn > on);
  const [next, ...later] = ahead;
  return (
    due.reduce((sum, installment) => sum + outstandingFen(installment), 0) +
    (next ? outstandingFen(next) : 0) +
    later.reduce((sum, installment) => sum + installment.principalFen, 0)
  );
}

function pay(installment: LoanInstallment, amount: Fen, on: Day): LoanInstallment {
  const paidFen = installment.paidFen + amount;
  const settled = paidFen === installment.paidFen + outstandingFen(installment);
  return { ...installment, paidFen, ...(settled ? { status: 'paid' as const, paidOn: on } : {}) };
}

/**
 * Records a repayment made on a day. It settles what is due first, oldest first (partial payments add
 * up); what is left pays the next instalment early; what is left after that repays principal ahead of
 * the schedule: the later instalments are cancelled and recalculated over the same remaining periods
 * (same method, remaining grace, the rate fixed at disbursement, the fund's caps less what it already
 * carries), or the loan closes when no principal is left. More than is payable is refused (400).
 */
export function recordRepayment(
  current: Loan,
  repayment: { amountFen: Fen; on: Day; by: Actor; at: Date; reference: string },
): RepaymentOutcome {
  if (current.repaymentReferences.includes(repayment.reference)) {
    return {
      loan: current,
      alreadyRecorded: true,
      settled: [],
      prepaidFen: 0,
      closed: current.state === 'closed',
    };
  }
  if (!REPAYABLE_STATES.includes(current.state))
    throw new IllegalTransitionError('loan', current.state, 'record a repayment', REPAYABLE_STATES);
  const { amountFen, on, by, at } = repayment;
  let loan: Loan = {
    ...forfeitLateSubsidies(current, on).loan,
    repaymentReferences: [...current.repaymentReferences, repayment.reference],
  };
  const payable = payableFen(loan, on);
  if (amountFen > payable) {
    throw new InvalidInputError([
      { field: 'amountFen', message: `must be at most ${payable} fen: all that can be repaid on ${on}` },
    ]);
  }

  let remaining = amountFen;
  const settled: number[] = [];
  const installments = [...loan.installments];
  const pendingIndexes = installments
    .map((installment, index) => ({ installment, index }))
    .filter(({ installment }) => installment.status === 'pending');
  const next = pendingIndexes.find(({ installment }) => installment.dueOn > on);
  const dueOrNext = [
    ...pendingIndexes.filter(({ installment }) => installment.dueOn <= on),
    ...(next ? [next] : []),
  ];
  for (const { installment, index } of dueOrNext) {
    if (remaining === 0) break;
    const part = Math.min(remaining, outstandingFen(installment));
    installments[index] = pay(installment, part, on);
    if (installments[index].status === 'paid') settled.push(installment.sequence);
    remaining -= part;
  }
  loan = { ...loan, installments };

  const prepaidFen = remaining;
  if (prepaidFen > 0) loan = recalculateAfterPrepayment(loan, prepaidFen);

  if (loan.state === 'disbursed')
    loan = transition(loan, 'start-repaying', by, at, 'first repayment recorded');
  const closed = loan.installments.every((installment) => installment.status !== 'pending');
  if (closed) {
    const early = loan.prepaidPrincipalFen > 0;
    loan = transition(
      loan,
      'close',
      by,
      at,
      early ? 'repaid in full ahead of the schedule' : 'repaid in full',
    );
  }
  return { loan: { ...loan, updatedAt: at }, alreadyRecorded: false, settled, prepaidFen, closed };
}

/** Cancels the pending instalments and draws the rest of the principal anew over the same periods. */
function recalculateAfterPrepayment(loan: Loan, prepaidFen: Fen): Loan {
  const later = loan.installments.filter((installment) => installment.status === 'pending');
  const laterPrincipal = later.reduce((sum, installment) => sum + installment.principalFen, 0);
  const remainingPrincipal = laterPrincipal - prepaidFen;
  const cancelled = loan.installments.map((installment) =>
    installment.status === 'pending' ? { ...installment, status: 'cancelled' as const } : installment,
  );
  const base = {
    ...loan,
    installments: cancelled,
    prepaidPrincipalFen: loan.prepaidPrincipalFen + prepaidFen,
  };
  if (remainingPrincipal === 0 || later.length === 0) return base;

  const months = MONTHS_PER_PERIOD[loan.terms.frequency];
  const gracePeriods = loan.terms.graceMonths / months;
  const revision = Math.max(...loan.installments.map((installment) => installment.revision)) + 1;
  const kept = liveInstallments(base);
  const recalculated = buildSchedule(
    {
      principalFen: remainingPrincipal,
      annualRateBp: loan.annualRateBp ?? 0,
      method: loan.terms.method,
      frequency: loan.terms.frequency,
      periods: later.length,
      gracePeriods: later.filter((installment) => installment.sequence <= gracePeriods).length,
      startOn: loan.disbursedOn ?? later[0].dueOn,
      firstSequence: later[0].sequence,
    },
    loan.subsidised ? loan.terms.subsidy : undefined,
    subsidyDrawnBy(kept.filter((installment) => !installment.forfeited)),
  );
  return {
    ...base,
    installments: [...cancelled, ...recalculated.map((installment) => newInstallment(installment, revision))],
  };
}
