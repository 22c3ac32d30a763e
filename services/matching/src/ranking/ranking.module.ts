import { Module } from '@nestjs/common';
import { Ranking } from './ranking';

@Module({ providers: [Ranking], exports: [Ranking] })
export class RankingModule {}
