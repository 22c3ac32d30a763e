/**
 * Key rotation for job-postings' personal data (employers' contact phones), and encryption of phones
 * stored in clear before encryption began. Run with the service's environment after adding the new
 * key (PII_ENCRYPTION_KEY + PII_ENCRYPTION_KEY_ID, the old one in PII_ENCRYPTION_RETIRED_KEYS):
 *   npx nx run job-postings:reencrypt
 * Safe to repeat and to run while the service runs; prints what it scanned and rewrote.
 */
import { runReencryptionCommand } from '@vetlink/persistence';
import { loadJobPostingsConfig } from '../src/config';
import { EMPLOYERS_COLLECTION } from '../src/employers/employer.schema';
import { phoneContext } from '../src/employers/employers.repository';

const config = loadJobPostingsConfig();
void runReencryptionCommand({
  mongoUri: config.service.MONGODB_URI,
  database: config.service.MONGODB_DATABASE,
  keyring: config.personalData.keyring,
  targets: [
    {
      collection: EMPLOYERS_COLLECTION,
      fields: [
        {
          path: 'contact.encryptedPhone',
          legacyClearPath: 'contact.phone',
          context: (employer) => phoneContext(String(employer['_id'])),
        },
      ],
    },
  ],
});
