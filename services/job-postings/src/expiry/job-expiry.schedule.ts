import { Inject, Injectable, Logger } from '@nestjs/common';
import { PeriodicTask, PeriodicTaskHandler } from '@vetlink/periodic-tasks';
import { SWEEP_SETTINGS, SweepSettings } from '../shared/sweep-settings';
import { CloseOverdueJobs } from './close-overdue-jobs';

/** Closes overdue jobs at start-up (deadlines passed while the service was down) and then every interval. */
@PeriodicTask({ name: 'job-expiry' })
@Injectable()
export class JobExpirySchedule implements PeriodicTaskHandler {
  private readonly logger = new Logger(JobExpirySchedule.name);
  readonly runAtStart = true;
  readonly intervalMs: number;

  constructor(
    private readonly closeOverdueJobs: CloseOverdueJobs,
    @Inject(SWEEP_SETTINGS) settings: SweepSettings,
  ) {
    this.intervalMs = settings.intervalMs;
  }

  async run(): Promise<void> {
    const closed = await this.closeOverdueJobs.execute();
    if (closed > 0) this.logger.log({ closed }, 'closed jobs whose application deadline passed');
  }
}
