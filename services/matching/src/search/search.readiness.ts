import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { ReadinessIndicator, withTimeout } from '@vetlink/health';
import { MatchIndexes } from './match-indexes';

/** Ready once the indexes were restored (saying from where) and the engine answers. */
@Injectable()
export class SearchReadiness implements ReadinessIndicator {
  constructor(
    private readonly indicators: HealthIndicatorService,
    private readonly indexes: MatchIndexes,
  ) {}

  async isReady() {
    const indicator = this.indicators.check('search');
    if (!this.indexes.isRestored) return indicator.down({ message: 'restoring the search indexes' });
    try {
      const jobs = await withTimeout(this.indexes.jobs.count(), 3000, 'search engine');
      return indicator.up({ jobs, restoredFrom: this.indexes.restoredFrom });
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }
}
