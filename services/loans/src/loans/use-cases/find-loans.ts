import { Injectable } from '@nestjs/common';
import { Principal } from '@vetlink/auth';
import { LedgerEntry } from '../../ledger/domain/subsidy-ledger';
import { LedgerRepository } from '../../ledger/ledger.repository';
import { LoanState } from '../domain/lifecycle';
import { Loan } from '../domain/loan';
import { LoanChangeRecord } from '../loan.schema';
import { LoansRepository } from '../loans.repository';
import { bankOf, LoanAccess } from './loan-access';

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
    const scoped =
      principal.role === 'veteran'
        ? { ...filter, veteranId: principal.userId }
        : principal.role === 'bank-staff'
          ? { ...filter, bankId: bankOf(principal) }
          : filter;
    return this.loans.list(scoped, limit, offset);
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
