import { Module } from '@nestjs/common';
import { JobToldHandler } from './job-told.handler';
import { AlreadyToldLedger } from './already-told-ledger';
import { AlreadyToldHolder } from './already-told.holder';

@Module({ providers: [AlreadyToldLedger, AlreadyToldHolder], exports: [AlreadyToldLedger] })
export class AlreadyToldModule {}

/** Keeps the already-told ledger from notifications.job-told: only in processes that consume events (not `worker`). */
@Module({ imports: [AlreadyToldModule], controllers: [JobToldHandler] })
export class AlreadyToldHandlersModule {}
