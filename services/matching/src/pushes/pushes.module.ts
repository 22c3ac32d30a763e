import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { veteranDocumentsProvider } from '@vetlink/privacy';
import { RankingModule } from '../ranking/ranking.module';
import { PushLedgerRepository } from './push-ledger.repository';
import { PUSH_MODEL, pushSchema } from './push-ledger.schema';
import { PushMatches } from './push-matches';

@Module({
  imports: [MongooseModule.forFeature([{ name: PUSH_MODEL, schema: pushSchema }]), RankingModule],
  providers: [
    PushLedgerRepository,
    PushMatches,
    veteranDocumentsProvider({ section: 'pushes', model: PUSH_MODEL }),
  ],
  exports: [PushMatches],
})
export class PushesModule {}
