import { Inject, Injectable, Logger } from '@nestjs/common';
import { PeriodicTask, PeriodicTaskHandler } from '@vetlink/periodic-tasks';
import { REVIEW_SETTINGS, ReviewSettings } from './review-settings';
import { ReviewDueInstallments } from './review-installments';

/** Reviews instalments at start-up (days passed while the service was down) and then every interval. */
@PeriodicTask({ name: 'loan-installment-review' })
@Injectable()
export class InstallmentReviewSchedule implements PeriodicTaskHandler {
  private readonly logger = new Logger(InstallmentReviewSchedule.name);
  readonly runAtStart = true;
  readonly intervalMs: number;

  constructor(
    private readonly review: ReviewDueInstallments,
    @Inject(REVIEW_SETTINGS) settings: ReviewSettings,
  ) {
    this.intervalMs = settings.intervalMs;
  }

  async run(): Promise<void> {
    const counts = await this.review.execute();
    if (counts.notices + counts.forfeited + counts.defaulted > 0)
      this.logger.log(counts, 'reviewed the instalments of active loans');
  }
}
