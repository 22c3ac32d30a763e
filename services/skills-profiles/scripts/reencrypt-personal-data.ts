/**
 * Key rotation for veterans' ID numbers and phones. Run with the service's environment after adding
 * the new key (PII_ENCRYPTION_KEY + PII_ENCRYPTION_KEY_ID, the old one in PII_ENCRYPTION_RETIRED_KEYS):
 *   npx nx run skills-profiles:reencrypt
 * The blind index of ID numbers has a key of its own and stays. Erased profiles have nothing to rewrite.
 * Safe to repeat and to run while the service runs; prints what it scanned and rewrote.
 */
import { runReencryptionCommand } from '@vetlink/persistence';
import { loadSkillsProfilesConfig } from '../src/config';
import { PROFILE_ENCRYPTED_FIELDS } from '../src/personal-data/encrypted-fields';
import { PROFILES_COLLECTION } from '../src/profiles/profile.schema';

const config = loadSkillsProfilesConfig();
void runReencryptionCommand({
  mongoUri: config.service.MONGODB_URI,
  database: config.service.MONGODB_DATABASE,
  keyring: config.personalData.keyring,
  targets: [
    {
      collection: PROFILES_COLLECTION,
      fields: PROFILE_ENCRYPTED_FIELDS,
    },
  ],
});
