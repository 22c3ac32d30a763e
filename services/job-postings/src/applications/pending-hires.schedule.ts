import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  BeforeApplicationShutdown,
} from '@nestjs/common';
import { PeriodicTask } from '../shared/periodic-task';
import { SWEEP_SETTINGS, SweepSettings } from '../shared/sweep-settings';
import { CompleteHire } from './use-cases/complete-hire';

/** Finishes hires that a crash or an outage left counted on the application but not yet on its job. */
@Injectable()
export class PendingHiresSchedule implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(PendingHiresSchedule.name);
  private readonly task: PeriodicTask;

  constructor(completeHire: CompleteHire, @Inject(SWEEP_SETTINGS) settings: SweepSettings) {
    this.task = new PeriodicTask(
      'pending-hires',
      settings.intervalMs,
      async () => {
        const completed = await completeHire.completePending();
        if (completed > 0) this.logger.log({ completed }, 'counted interrupted hires on their jobs');
      },
      this.logger,
    );
  }

  onApplicationBootstrap() {
    this.task.start();
  }

  /** Before the database connection closes, so that a sweep in progress finishes its write. */
  beforeApplicationShutdown() {
    return this.task.stop();
  }
}
