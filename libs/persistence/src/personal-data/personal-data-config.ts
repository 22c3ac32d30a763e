import { z } from 'zod';
import { createKeyring, decodeEncryptionKey, EncryptionKeyring, KEY_ID_PATTERN } from './encryption-keyring';

const keyId = z.string().regex(KEY_ID_PATTERN, 'must look like v1, v2, ...');

/**
 * The environment variables of a service that stores personal data:
 * - PII_ENCRYPTION_KEY: the current key, 32 random bytes in base64 (`openssl rand -base64 32`);
 * - PII_ENCRYPTION_KEY_ID: its id, written into every value it encrypts (default v1);
 * - PII_ENCRYPTION_RETIRED_KEYS: earlier keys as `v1:<base64>,v2:<base64>`, kept to read older values;
 * - PII_BLIND_INDEX_KEY_ID: which key the blind indexes use (default: the current one); keep it
 *   pointing at the same key across rotations, since changing it means re-indexing.
 * Messages name the variable, never its value.
 */
export const personalDataConfigSchema = z
  .object({
    PII_ENCRYPTION_KEY: z.string({ error: 'is required: 32 random bytes, base64 (openssl rand -base64 32)' }),
    PII_ENCRYPTION_KEY_ID: keyId.default('v1'),
    PII_ENCRYPTION_RETIRED_KEYS: z.string().optional(),
    PII_BLIND_INDEX_KEY_ID: keyId.optional(),
  })
  .transform((env, context): EncryptionKeyring => {
    const attempt = <T>(variable: string, build: () => T): T | undefined => {
      try {
        return build();
      } catch (error) {
        context.addIssue({ code: 'custom', path: [variable], message: (error as Error).message });
        return undefined;
      }
    };
    const currentKey = attempt('PII_ENCRYPTION_KEY', () => decodeEncryptionKey(env.PII_ENCRYPTION_KEY));
    const retiredKeys = attempt('PII_ENCRYPTION_RETIRED_KEYS', () =>
      parseRetiredKeys(env.PII_ENCRYPTION_RETIRED_KEYS),
    );
    if (!currentKey || !retiredKeys) return z.NEVER;
    const keyring = attempt('PII_BLIND_INDEX_KEY_ID', () =>
      createKeyring({
        currentKeyId: env.PII_ENCRYPTION_KEY_ID,
        currentKey,
        retiredKeys,
        blindIndexKeyId: env.PII_BLIND_INDEX_KEY_ID,
      }),
    );
    return keyring ?? z.NEVER;
  });

function parseRetiredKeys(text: string | undefined): Map<string, Buffer> {
  const keys = new Map<string, Buffer>();
  for (const entry of (text ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)) {
    const separator = entry.indexOf(':');
    const id = entry.slice(0, separator);
    if (separator < 0 || !KEY_ID_PATTERN.test(id))
      throw new Error('each retired key must be written <id>:<base64 key>, ids like v1');
    keys.set(id, decodeEncryptionKey(entry.slice(separator + 1)));
  }
  return keys;
}
