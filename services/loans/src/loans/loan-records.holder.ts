import { Injectable } from '@nestjs/common';
import { Inject } from '@nestjs/common';
import { Clock, CLOCK } from '@vetlink/clock';
import { VeteranDataHolder } from '@vetlink/privacy';
import { LedgerRepository } from '../ledger/ledger.repository';
import { anonymised, erasedBorrower } from './domain/erasure';
import { SYSTEM_ACTOR } from './domain/loan';
import { toLoanView } from './loan.view';
import { LoansRepository } from './loans.repository';

const ATTEMPTS = 5;

/**
 * A veteran's loan applications and loans, with their audit trails and subsidy ledgers. Erased, each
 * loan is anonymised (see `anonymised`) through a versioned change like any other, so a repayment
 * recorded at the same moment cannot write the veteran's id back; its audit trail and ledger entries
 * then lose the id too.
 */
@Injectable()
export class LoanRecordsHolder extends VeteranDataHolder {
  readonly section = 'loans';

  constructor(
    private readonly loans: LoansRepository,
    private readonly ledger: LedgerRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    super();
  }

  async exportFor(veteranId: string): Promise<unknown> {
    const owned = await this.loans.list({ veteranId }, 1000);
    return Promise.all(
      owned.map(async (loan) => ({
        loan: toLoanView(loan),
        auditTrail: await this.loans.changesOf(loan.id),
        subsidyLedger: await this.ledger.ofLoan(loan.id),
      })),
    );
  }

  async eraseFor(veteranId: string): Promise<void> {
    const owned = await this.loans.statesOfVeteran(veteranId);
    // The ledger and the trail first and the trail again after the loan: a repeated erasure finds only
    // loans still naming the veteran, so nothing may be left behind once the loan itself is anonymised.
    for (const { id } of owned) {
      await this.ledger.anonymise(id, erasedBorrower(id));
      await this.loans.anonymiseTrail(id, veteranId, erasedBorrower(id));
      await this.anonymiseLoan(id, veteranId);
      await this.loans.anonymiseTrail(id, veteranId, erasedBorrower(id));
    }
  }

  private async anonymiseLoan(loanId: string, veteranId: string): Promise<void> {
    for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
      const loan = await this.loans.find(loanId);
      if (!loan || loan.veteranId !== veteranId) return;
      const at = this.clock.now();
      const committed = await this.loans.commit(
        loan,
        { ...anonymised(loan, veteranId), updatedAt: at },
        { action: 'erase', by: SYSTEM_ACTOR, at, reason: 'the veteran was erased at their request' },
        [],
      );
      if (committed) return;
    }
    throw new Error(
      `loan ${loanId} kept changing while it was being anonymised; the erasure will be retried`,
    );
  }
}
