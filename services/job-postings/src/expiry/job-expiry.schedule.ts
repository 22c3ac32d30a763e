import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  BeforeApplicationShutdown,
} from '@nestjs/common';
import { PeriodicTask } from '../shared/periodic-task';
import { SWEEP_SETTINGS, SweepSettings } from '../shared/sweep-settings';
import { CloseOverdueJobs } from './close-overdue-jobs';

/** Closes overdue jobs at start-up (deadlines passed while the service was down) and then every interval. */
@Injectable()
export class JobExpirySchedule implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(JobExpirySchedule.name);
  private readonly task: PeriodicTask;

  constructor(closeOverdueJobs: CloseOverdueJobs, @Inject(SWEEP_SETTINGS) settings: SweepSettings) {
    this.task = new PeriodicTask(
      'job-expiry',
      settings.intervalMs,
      async () => {
        const closed = await closeOverdueJobs.execute();
        if (closed > 0) this.logger.log({ closed }, 'closed jobs whose application deadline passed');
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
