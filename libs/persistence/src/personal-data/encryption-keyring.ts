/**
 * The keys that protect personal data. Values are encrypted with the current key and carry its id,
 * so that a key can be rotated: the new key encrypts every later write, while retired keys stay
 * only to decrypt what they wrote. The blind index key is chosen apart, because changing it
 * changes every index value (a re-indexing migration), whereas changing the encryption key does not.
 */
export interface EncryptionKeyring {
  currentKeyId: string;
  blindIndexKeyId: string;
  keys: ReadonlyMap<string, Buffer>;
}

export const KEY_ID_PATTERN = /^v\d{1,6}$/;
export const KEY_LENGTH_BYTES = 32;

export class EncryptionKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EncryptionKeyError';
  }
}

/** Decodes a base64 (or base64url) key; refuses anything but exactly 32 bytes. Never echoes the key. */
export function decodeEncryptionKey(encoded: string): Buffer {
  const text = encoded.trim();
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(text)) throw new EncryptionKeyError('the key is not base64');
  const key = Buffer.from(text, 'base64');
  if (key.length !== KEY_LENGTH_BYTES) {
    throw new EncryptionKeyError(
      `the key must be ${KEY_LENGTH_BYTES} bytes, base64-encoded (e.g. \`openssl rand -base64 32\`)`,
    );
  }
  return key;
}

export function createKeyring(settings: {
  currentKeyId: string;
  currentKey: Buffer;
  retiredKeys?: ReadonlyMap<string, Buffer>;
  blindIndexKeyId?: string;
}): EncryptionKeyring {
  const keys = new Map(settings.retiredKeys ?? []);
  keys.set(settings.currentKeyId, settings.currentKey);
  for (const id of keys.keys()) {
    if (!KEY_ID_PATTERN.test(id)) throw new EncryptionKeyError(`key id "${id}" must look like v1, v2, ...`);
  }
  const blindIndexKeyId = settings.blindIndexKeyId ?? settings.currentKeyId;
  if (!keys.has(blindIndexKeyId))
    throw new EncryptionKeyError(`the blind index key "${blindIndexKeyId}" is not in the keyring`);
  return { currentKeyId: settings.currentKeyId, blindIndexKeyId, keys };
}
