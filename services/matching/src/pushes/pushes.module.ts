import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { RankingModule } from '../ranking/ranking.module';
import { PushLedgerRepository } from './push-ledger.repository';
import { PUSH_MODEL, pushSchema } from './push-ledger.schema';
import { PushMatches } from './push-matches';

@Module({
  imports: [MongooseModule.forFeature([{ name: PUSH_MODEL, schema: pushSchema }]), RankingModule],
  providers: [PushLedgerRepository, PushMatches],
  exports: [PushMatches],
})
export class PushesModule {}
