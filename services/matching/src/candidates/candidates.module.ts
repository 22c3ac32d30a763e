import { Module } from '@nestjs/common';
import { RankingModule } from '../ranking/ranking.module';
import { ReadModelModule } from '../read-model/read-model.module';
import { CandidatesController } from './candidates.controller';

@Module({ imports: [ReadModelModule, RankingModule], controllers: [CandidatesController] })
export class CandidatesModule {}
