import { Module } from '@nestjs/common';
import { ToldLedger } from './told-ledger';

@Module({ providers: [ToldLedger], exports: [ToldLedger] })
export class ToldModule {}
