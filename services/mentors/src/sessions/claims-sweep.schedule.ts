import { Inject, Injectable, Logger } from '@nestjs/common';
import { PeriodicTask, PeriodicTaskHandler } from '@vetlink/periodic-tasks';
import { MentorsSettings, SETTINGS } from '../settings.module';
import { SweepClaims } from './use-cases/sweep-claims';

/** At start-up (a crash may just have happened) and then every CLAIM_SWEEP_INTERVAL_MS. */
@PeriodicTask({ name: 'claims-sweep' })
@Injectable()
export class ClaimsSweepSchedule implements PeriodicTaskHandler {
  private readonly logger = new Logger(ClaimsSweepSchedule.name);
  readonly runAtStart = true;
  readonly intervalMs: number;

  constructor(
    private readonly sweepClaims: SweepClaims,
    @Inject(SETTINGS) settings: MentorsSettings,
  ) {
    this.intervalMs = settings.claimSweepIntervalMs;
  }

  async run(): Promise<void> {
    const swept = await this.sweepClaims.execute();
    if (swept.orphaned > 0) this.logger.warn(swept, 'removed claims no session holds (left by a crash)');
  }
}
