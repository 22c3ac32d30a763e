/**
 * Key rotation for users' contact points (e-mail addresses, SMS and WeChat gateway ids). Run with the
 * service's environment after adding the new key (PII_ENCRYPTION_KEY + PII_ENCRYPTION_KEY_ID, the old
 * one in PII_ENCRYPTION_RETIRED_KEYS):
 *   npx nx run notifications:reencrypt
 * Safe to repeat and to run while the service runs; prints what it scanned and rewrote.
 */
import { runReencryptionCommand } from '@vetlink/persistence';
import { loadNotificationsConfig } from '../src/config';
import { CONTACT_CHANNELS, contactContext } from '../src/contacts/contact-points.repository';
import { CONTACT_POINTS_COLLECTION } from '../src/contacts/contact-points.schema';

const config = loadNotificationsConfig();
void runReencryptionCommand({
  mongoUri: config.service.MONGODB_URI,
  database: config.service.MONGODB_DATABASE,
  keyring: config.personalData.keyring,
  targets: [
    {
      collection: CONTACT_POINTS_COLLECTION,
      fields: CONTACT_CHANNELS.map((channel) => ({
        path: `${channel}.encrypted`,
        context: (contacts) => contactContext(String(contacts['_id']), channel),
      })),
    },
  ],
});
