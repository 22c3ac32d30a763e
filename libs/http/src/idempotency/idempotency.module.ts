import { Global, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { PeriodicTasksModule } from '@vetlink/periodic-tasks';
import { IDEMPOTENCY_MODEL, idempotencySchema } from './idempotency-record';
import { IdempotencyRetention } from './idempotency-retention';
import { IdempotencyInterceptor } from './idempotency.interceptor';
import { IdempotencyStore } from './idempotency.store';

/** For services with `@Idempotent()` routes: the store of keys in the service's own database. */
@Global()
@Module({
  imports: [
    MongooseModule.forFeature([{ name: IDEMPOTENCY_MODEL, schema: idempotencySchema }]),
    PeriodicTasksModule,
  ],
  providers: [IdempotencyStore, IdempotencyInterceptor, IdempotencyRetention],
  exports: [IdempotencyStore, IdempotencyInterceptor],
})
export class IdempotencyModule {}
