import { Actor, Loan } from './loan';

/** What an erased veteran's loans say instead of who they were: one placeholder per loan, never reused. */
export function erasedBorrower(loanId: string): string {
  return `erased-veteran-${loanId}`;
}

export const ERASED_PURPOSE = '(erased at the veteran’s request)';

/**
 * The loan with nothing left that says whose it was: the veteran's id becomes a placeholder of its own,
 * the purpose, business and guarantor go, and the veteran's own steps in the history are unnamed. The
 * amounts, schedule, repayments and ledger stay: the bank and the fund account for them, and the
 * bureau's figures stay right.
 */
export function anonymised(loan: Loan, veteranId: string): Loan {
  const placeholder = erasedBorrower(loan.id);
  const unnamed = (actor: Actor): Actor =>
    actor.userId === veteranId ? { ...actor, userId: placeholder } : actor;
  const { business: _business, guarantor: _guarantor, ...rest } = loan;
  return {
    ...rest,
    veteranId: placeholder,
    purpose: ERASED_PURPOSE,
    history: loan.history.map((step) => ({ ...step, by: unnamed(step.by) })),
  };
}
