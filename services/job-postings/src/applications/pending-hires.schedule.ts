import { Inject, Injectable, Logger } from '@nestjs/common';
import { PeriodicTask, PeriodicTaskHandler } from '@vetlink/periodic-tasks';
import { SWEEP_SETTINGS, SweepSettings } from '../shared/sweep-settings';
import { CompleteHire } from './use-cases/complete-hire';

/** Finishes hires that a crash or an outage left counted on the application but not yet on its job. */
@PeriodicTask({ name: 'pending-hires' })
@Injectable()
export class PendingHiresSchedule implements PeriodicTaskHandler {
  private readonly logger = new Logger(PendingHiresSchedule.name);
  readonly runAtStart = true;
  readonly intervalMs: number;

  constructor(
    private readonly completeHire: CompleteHire,
    @Inject(SWEEP_SETTINGS) settings: SweepSettings,
  ) {
    this.intervalMs = settings.intervalMs;
  }

  async run(): Promise<void> {
    const completed = await this.completeHire.completePending();
    if (completed > 0) this.logger.log({ completed }, 'counted interrupted hires on their jobs');
  }
}
