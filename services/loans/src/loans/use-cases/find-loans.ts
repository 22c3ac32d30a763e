import { Injectable } from '@nestjs/common';
import { Principal } from '@vetlink/auth';
import { LedgerEntry } from '../../ledger/domain/subsidy-ledger';
import { LedgerRepository } from '../../ledger/ledger.repository';
import { LoanState } from '../domain/lifecycle';
import { Loan } from '../domain/loan';
import { LoanChangeRecord } from '../loan.schema';
import { LoansRepository } from '../loans.repository';
import { bankOf, LoanAccess } from './loan-access';
import { ForbiddenError } from '@vetlink/http';

/** Loans as each caller may see them: a veteran's own, a bank's, or (officers) every one. */
@Injectable()
export class FindLoans {
  constructor(
    private readonly loans: LoansRepository,
    private readonly access: LoanAccess,
    private readonly ledger: LedgerRepository,
  ) {}

  one(principal: Principal, loanId: string): Promise<Loan> {
    return this.access.visible(principal, loanId);
  }

  async list(
    principal: Principal,
    filter: { state?: LoanState; bankId?: string; veteranId?: string },
    limit: number,
    offset: number,
  ): Promise<Loan[]> {
    return this.loans.list(scopedFilter(principal, filter), limit, offset);
  }

  async audit(principal: Principal, loanId: string): Promise<LoanChangeRecord[]> {
    await this.access.visible(principal, loanId);
    return this.loans.changesOf(loanId);
  }

  async ledgerOf(principal: Principal, loanId: string): Promise<LedgerEntry[]> {
    await this.access.visible(principal, loanId);
    return this.ledger.ofLoan(loanId);
  }
}

/** A veteran lists their own loans, bank staff their bank's, officers any; no one else lists loans. */
function scopedFilter<Filter extends { bankId?: string; veteranId?: string }>(
  principal: Principal,
  filter: Filter,
): Filter {
  switch (principal.role) {
    case 'veteran':
      return { ...filter, veteranId: principal.userId };
    case 'bank-staff':
      return { ...filter, bankId: bankOf(principal) };
    case 'officer':
      return filter;
    default:
      throw new ForbiddenError('loans are seen by their veteran, their bank and officers');
  }
}
