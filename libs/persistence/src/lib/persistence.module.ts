import { DynamicModule, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';

export interface PersistenceSettings {
  uri: string;
  /** Each service owns one database; no service reads another's. */
  database: string;
}

@Module({})
export class PersistenceModule {
  static forRoot(settings: PersistenceSettings): DynamicModule {
    return {
      module: PersistenceModule,
      imports: [
        MongooseModule.forRoot(settings.uri, {
          dbName: settings.database,
          serverSelectionTimeoutMS: 5000,
          // Indexes are created explicitly at start-up (ensureIndexes), never lazily under load.
          autoIndex: false,
        }),
      ],
    };
  }
}
