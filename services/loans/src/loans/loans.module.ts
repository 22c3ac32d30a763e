import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { LEDGER_ENTRY_MODEL, ledgerEntrySchema } from '../ledger/ledger-entry.schema';
import { LedgerRepository } from '../ledger/ledger.repository';
import { ProductsModule } from '../products/products.module';
import { StartupsModule } from '../startups/startups.module';
import { VeteransModule } from '../veterans/veterans.module';
import { LOAN_CHANGE_MODEL, LOAN_MODEL, loanChangeSchema, loanSchema } from './loan.schema';
import { LoansController } from './loans.controller';
import { LoanRecordsHolder } from './loan-records.holder';
import { LoansRepository } from './loans.repository';
import { ApplyForLoan } from './use-cases/apply-for-loan';
import { DecideApplication } from './use-cases/decide-application';
import { DisburseLoan } from './use-cases/disburse-loan';
import { FindLoans } from './use-cases/find-loans';
import { LoanAccess } from './use-cases/loan-access';
import { PreviewSchedule } from './use-cases/preview-schedule';
import { RecordRepayment } from './use-cases/record-repayment';
import { SubmitApplication } from './use-cases/submit-application';
import { WithdrawApplication } from './use-cases/withdraw-application';

@Module({
  imports: [
    MongooseModule.forFeature([
      { name: LOAN_MODEL, schema: loanSchema },
      { name: LOAN_CHANGE_MODEL, schema: loanChangeSchema },
      { name: LEDGER_ENTRY_MODEL, schema: ledgerEntrySchema },
    ]),
    ProductsModule,
    VeteransModule,
    StartupsModule,
  ],
  controllers: [LoansController],
  providers: [
    LoansRepository,
    LedgerRepository,
    LoanAccess,
    PreviewSchedule,
    ApplyForLoan,
    SubmitApplication,
    WithdrawApplication,
    DecideApplication,
    DisburseLoan,
    RecordRepayment,
    FindLoans,
    LoanRecordsHolder,
  ],
  exports: [LoansRepository, LedgerRepository],
})
export class LoansModule {}
