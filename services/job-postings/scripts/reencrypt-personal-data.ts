/**
 * Key rotation for job-postings' personal data (employers' contact phones), and encryption of phones
 * stored in clear before encryption began. Run with the service's environment after adding the new
 * key (PII_ENCRYPTION_KEY + PII_ENCRYPTION_KEY_ID, the old one in PII_ENCRYPTION_RETIRED_KEYS):
 *   npx nx run job-postings:reencrypt
 * Safe to repeat and to run while the service runs; prints what it scanned and rewrote.
 */
import { FieldCipher, reencryptCollection } from '@vetlink/persistence';
import mongoose from 'mongoose';
import { loadJobPostingsConfig } from '../src/config';
import { EMPLOYERS_COLLECTION } from '../src/employers/employer.schema';
import { phoneContext } from '../src/employers/employers.repository';

async function main() {
  const config = loadJobPostingsConfig();
  const connection = await mongoose
    .createConnection(config.service.MONGODB_URI, { dbName: config.service.MONGODB_DATABASE })
    .asPromise();
  try {
    const count = await reencryptCollection(
      connection.collection(EMPLOYERS_COLLECTION),
      [
        {
          path: 'contact.encryptedPhone',
          legacyClearPath: 'contact.phone',
          context: (employer) => phoneContext(String(employer['_id'])),
        },
      ],
      new FieldCipher(config.personalData.keyring),
    );
    console.log(
      `employers: ${count.scanned} scanned, ${count.rewritten} rewritten under ${config.personalData.keyring.currentKeyId}`,
    );
  } finally {
    await connection.close();
  }
}

main().catch((error: Error) => {
  console.error(`re-encryption failed: ${error.message}`);
  process.exit(1);
});
