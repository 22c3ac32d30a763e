import { Module } from '@nestjs/common';
import { JobToldHandler } from './job-told.handler';
import { ToldLedger } from './told-ledger';

@Module({ providers: [ToldLedger], exports: [ToldLedger] })
export class ToldModule {}

/** Keeps the told ledger from notifications.job-told: only in processes that consume events (not `worker`). */
@Module({ imports: [ToldModule], controllers: [JobToldHandler] })
export class ToldHandlersModule {}
