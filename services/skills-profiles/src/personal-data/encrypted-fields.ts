import type { EncryptedField } from '@vetlink/persistence';
import { identityContext } from './identity-protector';

/** Where a profile keeps ciphertext, and what each is bound to: what key rotation rewrites. */
export const PROFILE_ENCRYPTED_FIELDS: readonly EncryptedField[] = [
  {
    path: 'identity.encryptedIdNumber',
    context: (profile) => identityContext('idNumber', String(profile['_id'])),
  },
  { path: 'identity.encryptedPhone', context: (profile) => identityContext('phone', String(profile['_id'])) },
];
