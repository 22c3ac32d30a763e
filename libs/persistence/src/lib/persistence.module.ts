import { DynamicModule, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';

export interface PersistenceSettings {
  uri: string;
  /** Each service owns one database; no service reads another's. */
  database: string;
  /** How long an operation may wait for a pooled connection before it fails (answered 503). */
  waitQueueTimeoutMS?: number;
}

/**
 * Waits are bounded so that a request under load fails fast and clearly (503, libs/http) instead of
 * stalling: locally the pool has one connection (MONGODB_URI's maxPoolSize=1, see libs/config), so
 * every operation of a service queues behind the one running, and without a bound a slow write held
 * all the others (and the readiness ping) for as long as it took.
 */
export const DEFAULT_WAIT_QUEUE_TIMEOUT_MS = 2000;
export const SERVER_SELECTION_TIMEOUT_MS = 5000;

@Module({})
export class PersistenceModule {
  static forRoot(settings: PersistenceSettings): DynamicModule {
    return {
      module: PersistenceModule,
      imports: [
        MongooseModule.forRoot(settings.uri, {
          dbName: settings.database,
          serverSelectionTimeoutMS: SERVER_SELECTION_TIMEOUT_MS,
          waitQueueTimeoutMS: settings.waitQueueTimeoutMS ?? DEFAULT_WAIT_QUEUE_TIMEOUT_MS,
          // Indexes are created explicitly at start-up (ensureIndexes), never lazily under load.
          autoIndex: false,
        }),
      ],
    };
  }
}
