import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { listEntries } from '@vetlink/taxonomy';
import { SkillGapReadModel } from './read-model.repository';
import { FindSkillGaps } from './use-cases/find-skill-gaps';

/**
 * The first skill-gap request after a start took about 4 s against 0.3–0.6 s for the next ones: about
 * 0.2 s validating the taxonomy on first use, about 1.4 s of the analysis running cold (V8 compiles its
 * scoring loops after they have run a while), and reading the veteran's cities' open jobs. At start-up,
 * before the service answers, one analysis for a veteran the read model holds pays all three (as
 * matching builds its pinyin index with `prepareSuggestions`); a service with no veteran yet has nothing
 * to warm but the taxonomy.
 */
@Injectable()
export class SkillGapsWarmUp implements OnApplicationBootstrap {
  private readonly logger = new Logger(SkillGapsWarmUp.name);

  constructor(
    private readonly readModel: SkillGapReadModel,
    private readonly skillGaps: FindSkillGaps,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const started = performance.now();
    try {
      const warmedFor = await this.warm();
      this.logger.log(
        { veteranId: warmedFor, ms: Math.round(performance.now() - started) },
        'skill gaps warmed up',
      );
    } catch (error) {
      // A warm-up that fails costs the first request its speed, never the start.
      this.logger.warn({ err: error }, 'skill gaps warm-up failed');
    }
  }

  /** The veteran the analysis ran for, or undefined when the read model holds none yet. */
  async warm(): Promise<string | undefined> {
    listEntries('training');
    const someone = await this.readModel.anyVeteran();
    if (!someone) return undefined;
    await this.skillGaps.report(someone.veteran);
    return someone.veteran.veteranId;
  }
}
