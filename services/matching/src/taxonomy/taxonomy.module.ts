import { Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import { prepareSuggestions } from '@vetlink/taxonomy';
import { TaxonomyController } from './taxonomy.controller';

@Module({ controllers: [TaxonomyController] })
export class TaxonomyModule implements OnApplicationBootstrap {
  private readonly logger = new Logger(TaxonomyModule.name);

  /** Search-as-you-type answers its first keystroke as fast as the rest: the pinyin index is built at start. */
  onApplicationBootstrap(): void {
    const started = performance.now();
    const terms = prepareSuggestions();
    this.logger.log({ terms, ms: Math.round(performance.now() - started) }, 'term suggestions ready');
  }
}
