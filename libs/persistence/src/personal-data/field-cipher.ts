import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { EncryptionKeyring } from './encryption-keyring';

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HKDF_SALT = 'vetlink-personal-data';

export class PersonalDataCipherError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PersonalDataCipherError';
  }
}

/**
 * Encrypts single field values (AES-256-GCM, random IV per value) into `<keyId>:<iv>:<tag>:<ciphertext>`
 * (base64url parts), and computes keyed blind indexes (HMAC-SHA256) that let a unique index or an
 * exact lookup work without the value in clear. Each purpose uses its own key derived from the
 * configured one, so an index value reveals nothing about the ciphertext key and vice versa.
 *
 * `context` names the field (and, if the caller likes, its record): it is authenticated with the
 * ciphertext, so a value copied into another field or record fails to decrypt, and it separates the
 * blind indexes of different fields that happen to hold the same text.
 */
export class FieldCipher {
  private readonly encryptionKeys = new Map<string, Buffer>();
  private readonly blindIndexKey: Buffer;

  constructor(private readonly keyring: EncryptionKeyring) {
    for (const [id, key] of keyring.keys) this.encryptionKeys.set(id, deriveKey(key, 'field-encryption'));
    this.blindIndexKey = deriveKey(requiredKey(keyring, keyring.blindIndexKeyId), 'blind-index');
  }

  encrypt(plaintext: string, context: string): string {
    const keyId = this.keyring.currentKeyId;
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.encryptionKey(keyId), iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [keyId, iv, cipher.getAuthTag(), ciphertext].map(encodePart).join(':');
  }

  decrypt(stored: string, context: string): string {
    const { keyId, iv, tag, ciphertext } = parseStoredValue(stored);
    const decipher = createDecipheriv(ALGORITHM, this.encryptionKey(keyId), iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(tag);
    try {
      return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
    } catch {
      throw new PersonalDataCipherError(
        'an encrypted value failed authentication (tampered, moved, or wrong key)',
      );
    }
  }

  /** Whether a stored value is encrypted with the current key (false: rotate it with `reencrypt`). */
  isCurrent(stored: string): boolean {
    return parseStoredValue(stored).keyId === this.keyring.currentKeyId;
  }

  /** The same plaintext under the current key: key rotation, one value at a time. */
  reencrypt(stored: string, context: string): string {
    return this.isCurrent(stored) ? stored : this.encrypt(this.decrypt(stored, context), context);
  }

  /** Same input, context and key: same output, so it can back a unique index. Prefixed with its key id. */
  blindIndex(value: string, context: string): string {
    const mac = createHmac('sha256', this.blindIndexKey)
      .update(context, 'utf8')
      .update('\u0000')
      .update(value, 'utf8');
    return `${this.keyring.blindIndexKeyId}:${mac.digest('base64url')}`;
  }

  private encryptionKey(keyId: string): Buffer {
    const key = this.encryptionKeys.get(keyId);
    if (!key)
      throw new PersonalDataCipherError(
        `no key "${keyId}" in the keyring; it is needed to decrypt older values`,
      );
    return key;
  }
}

function deriveKey(key: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', key, HKDF_SALT, purpose, 32));
}

function requiredKey(keyring: EncryptionKeyring, keyId: string): Buffer {
  const key = keyring.keys.get(keyId);
  if (!key) throw new PersonalDataCipherError(`no key "${keyId}" in the keyring`);
  return key;
}

function encodePart(part: string | Buffer): string {
  return typeof part === 'string' ? part : part.toString('base64url');
}

function parseStoredValue(stored: string) {
  const parts = stored.split(':');
  const [keyId, iv, tag, ciphertext] = parts;
  const wellFormed =
    parts.length === 4 &&
    /^v\d+$/.test(keyId) &&
    [iv, tag, ciphertext].every((part) => /^[A-Za-z0-9_-]*$/.test(part));
  if (!wellFormed) throw new PersonalDataCipherError('an encrypted value is malformed');
  const decoded = {
    keyId,
    iv: Buffer.from(iv, 'base64url'),
    tag: Buffer.from(tag, 'base64url'),
    ciphertext: Buffer.from(ciphertext, 'base64url'),
  };
  if (decoded.iv.length !== IV_BYTES || decoded.tag.length !== TAG_BYTES) {
    throw new PersonalDataCipherError('an encrypted value is malformed');
  }
  return decoded;
}
