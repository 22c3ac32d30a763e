export { PersistenceModule } from './lib/persistence.module';
export type { PersistenceSettings } from './lib/persistence.module';
export { MongoReadiness } from './lib/mongo.health';
export { isDuplicateKeyError } from './lib/duplicate-key';
export * from './lib/cursor-pagination';
export { FieldCipher, PersonalDataCipherError } from './personal-data/field-cipher';
export { createKeyring, decodeEncryptionKey, EncryptionKeyError } from './personal-data/encryption-keyring';
export type { EncryptionKeyring } from './personal-data/encryption-keyring';
export { personalDataConfigSchema } from './personal-data/personal-data-config';
export { PersonalDataModule } from './personal-data/personal-data.module';
export { reencryptCollection } from './personal-data/reencrypt-collection';
export { runReencryptionCommand } from './personal-data/reencryption-command';
export type { ReencryptionCommand, ReencryptionTarget } from './personal-data/reencryption-command';
export type { EncryptedField, ReencryptionCount } from './personal-data/reencrypt-collection';
export {
  isValidResidentIdNumber,
  maskResidentIdNumber,
  normaliseResidentIdNumber,
  residentIdCheckCharacter,
} from './personal-data/resident-id-number';
export {
  isMainlandMobileNumber,
  maskMobileNumber,
  normaliseMobileNumber,
} from './personal-data/mobile-number';
export { maskEmailAddress } from './personal-data/email-address';
export { PerKeyQueue } from './lib/per-key-queue';
export { InsertBatcher, insertManyOutcomes } from './lib/insert-batcher';
export { LookupBatcher } from './lib/lookup-batcher';
export type { InsertOutcome, InsertManyTarget } from './lib/insert-batcher';
export { createIndexesAtStartup } from './lib/startup-indexes';
