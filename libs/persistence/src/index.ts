export { PersistenceModule } from './lib/persistence.module';
export type { PersistenceSettings } from './lib/persistence.module';
export { MongoReadiness } from './lib/mongo.health';
export { isDuplicateKeyError } from './lib/duplicate-key';
