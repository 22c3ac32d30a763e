import { Injectable } from '@nestjs/common';
import { Principal } from '@vetlink/auth';
import { ConflictError, ForbiddenError, NotFoundError } from '@vetlink/http';
import { Actor, Loan } from '../domain/loan';
import { LoansRepository } from '../loans.repository';

const ATTEMPTS = 4;

export function actorOf(principal: Principal): Actor {
  return { userId: principal.userId, role: principal.role };
}

/** The bank a bank-staff caller acts for (their token's `org` claim). */
export function bankOf(principal: Principal): string {
  if (!principal.organisationId) throw new ForbiddenError('your account is not linked to a bank');
  return principal.organisationId;
}

/** Officers see every loan; a veteran their own; bank staff their bank's. Others: as if it did not exist. */
export function canSee(principal: Principal, loan: Loan): boolean {
  switch (principal.role) {
    case 'officer':
      return true;
    case 'veteran':
      return loan.veteranId === principal.userId;
    case 'bank-staff':
      return principal.organisationId !== undefined && loan.bankId === principal.organisationId;
    default:
      return false;
  }
}

/**
 * Loads loans for callers and runs changes to them: read, decide, commit the next version; when another
 * request claimed that version first, read again and decide anew (the state machine then answers, e.g.
 * 409 "the loan is disbursed"), a few times at most.
 */
@Injectable()
export class LoanAccess {
  constructor(private readonly loans: LoansRepository) {}

  async visible(principal: Principal, loanId: string): Promise<Loan> {
    const loan = await this.loans.find(loanId);
    if (!loan || !canSee(principal, loan)) throw new NotFoundError(`no loan ${loanId}`);
    return loan;
  }

  /** `decide` returns the change to commit, or throws a domain error; the loan as committed is returned. */
  async change<Extra>(
    principal: Principal,
    loanId: string,
    decide: (loan: Loan) => Promise<Decision<Extra>> | Decision<Extra>,
  ): Promise<{ loan: Loan; previous: Loan; extra: Extra }> {
    for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
      const previous = await this.visible(principal, loanId);
      const decision = await decide(previous);
      // Nothing to change (a retried request already applied): answer with the loan as it is.
      if (decision.next === previous) return { loan: previous, previous, extra: decision.extra };
      if (await this.loans.commit(previous, decision.next, decision.change, decision.events)) {
        return {
          loan: { ...decision.next, version: previous.version + 1 },
          previous,
          extra: decision.extra,
        };
      }
    }
    throw new ConflictError(`loan ${loanId} kept changing while this request was saving it; try again`);
  }
}

export interface Decision<Extra> {
  next: Loan;
  change: Parameters<LoansRepository['commit']>[2];
  events: Parameters<LoansRepository['commit']>[3];
  extra: Extra;
}
