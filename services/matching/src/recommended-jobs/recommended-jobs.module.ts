import { Module } from '@nestjs/common';
import { RankingModule } from '../ranking/ranking.module';
import { ReadModelModule } from '../read-model/read-model.module';
import { RecommendedJobsController } from './recommended-jobs.controller';

@Module({ imports: [ReadModelModule, RankingModule], controllers: [RecommendedJobsController] })
export class RecommendedJobsModule {}
