import { Inject, Injectable } from '@nestjs/common';
import { Clock, CLOCK } from '@vetlink/clock';
import { InvalidInputError } from '@vetlink/http';
import { RecommendationsSettings, SETTINGS } from '../settings.module';
import { isoWeekOf, IsoWeek, parseIsoWeek } from '../weeks/domain/iso-week';
import { dryRunId, runUntil } from './domain/run-rules';
import { RunRecords } from './run-records';
import { RunRecord } from './run.schema';

export interface RunRequest {
  /** An ISO week id; the current week when absent (the schedule). */
  week?: string;
  dryRun: boolean;
  startedBy: string;
}

/**
 * Records a run once: the weekly run of a week has the week as its id, so the schedule firing twice, a
 * retry and an operator's re-trigger all find the same run, covering the same jobs.
 */
@Injectable()
export class StartRun {
  constructor(
    private readonly runs: RunRecords,
    @Inject(SETTINGS) private readonly settings: RecommendationsSettings,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(request: RunRequest): Promise<RunRecord> {
    const now = this.clock.now();
    const week = this.weekOf(request.week, now);
    const until = runUntil(week, now);
    if (!until) throw new InvalidInputError([{ field: 'week', message: `${week.id} has not begun` }]);
    return this.runs.ensure({
      _id: request.dryRun ? dryRunId(week.id, now) : week.id,
      week: week.id,
      dryRun: request.dryRun,
      until,
      startedAt: now,
      startedBy: request.startedBy,
      fannedOutAt: null,
      finishedAt: null,
      summary: null,
    });
  }

  private weekOf(id: string | undefined, now: Date): IsoWeek {
    const { timeZone } = this.settings.digest.schedule;
    if (id === undefined) return isoWeekOf(now, timeZone);
    const week = parseIsoWeek(id, timeZone);
    if (!week)
      throw new InvalidInputError([{ field: 'week', message: 'must be an ISO week, e.g. 2026-W48' }]);
    return week;
  }
}
