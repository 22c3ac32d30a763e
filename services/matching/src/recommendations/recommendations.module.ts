import { Module } from '@nestjs/common';
import { RankingModule } from '../ranking/ranking.module';
import { ReadModelModule } from '../read-model/read-model.module';
import { RecommendationsController } from './recommendations.controller';

@Module({ imports: [ReadModelModule, RankingModule], controllers: [RecommendationsController] })
export class RecommendationsModule {}
