import { DynamicModule, Module } from '@nestjs/common';
import { PeriodicTasksModule } from '@vetlink/periodic-tasks';
import { LoansModule } from '../loans/loans.module';
import { InstallmentReviewSchedule } from './installment-review.schedule';
import { ReviewDueInstallments } from './review-installments';
import { REVIEW_SETTINGS, ReviewSettings } from './review-settings';

/** The periodic review of instalments: due and overdue notices, forfeitures, defaults. */
@Module({})
export class InstallmentsModule {
  static register(settings: ReviewSettings): DynamicModule {
    return {
      module: InstallmentsModule,
      imports: [LoansModule, PeriodicTasksModule],
      providers: [
        ReviewDueInstallments,
        InstallmentReviewSchedule,
        { provide: REVIEW_SETTINGS, useValue: settings },
      ],
      exports: [ReviewDueInstallments],
    };
  }
}
