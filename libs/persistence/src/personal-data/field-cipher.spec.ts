import { createHmac, randomBytes } from 'node:crypto';
import { createKeyring, decodeEncryptionKey, EncryptionKeyError } from './encryption-keyring';
import { FieldCipher, PersonalDataCipherError } from './field-cipher';

const keyring = (
  currentKeyId: string,
  currentKey: Buffer,
  retired?: Map<string, Buffer>,
  blindIndexKeyId?: string,
) => createKeyring({ currentKeyId, currentKey, retiredKeys: retired, blindIndexKeyId });

describe('FieldCipher', () => {
  const keyV1 = randomBytes(32);
  const cipher = new FieldCipher(keyring('v1', keyV1));
  const context = 'profiles.idNumber:veteran-1';
  const idNumber = '11010519491231002X';

  it('round-trips a value in the compact v1:<iv>:<tag>:<ciphertext> form', () => {
    const stored = cipher.encrypt(idNumber, context);
    expect(stored).toMatch(/^v1:[\w-]{16}:[\w-]{22}:[\w-]+$/);
    expect(stored).not.toContain(idNumber);
    expect(cipher.decrypt(stored, context)).toBe(idNumber);
  });

  it('uses a fresh IV for every value, so equal values do not look equal', () => {
    expect(cipher.encrypt(idNumber, context)).not.toBe(cipher.encrypt(idNumber, context));
  });

  it('detects a tampered ciphertext, IV or tag', () => {
    const stored = cipher.encrypt(idNumber, context);
    const [keyId, iv, tag, ciphertext] = stored.split(':');
    const flip = (part: string) => {
      const bytes = Buffer.from(part, 'base64url');
      bytes[0] ^= 1;
      return bytes.toString('base64url');
    };
    for (const tampered of [
      [keyId, iv, tag, flip(ciphertext)],
      [keyId, flip(iv), tag, ciphertext],
      [keyId, iv, flip(tag), ciphertext],
    ]) {
      expect(() => cipher.decrypt(tampered.join(':'), context)).toThrow(PersonalDataCipherError);
    }
  });

  it('refuses a value moved to another field or record', () => {
    const stored = cipher.encrypt(idNumber, context);
    expect(() => cipher.decrypt(stored, 'profiles.phone:veteran-1')).toThrow(/failed authentication/);
    expect(() => cipher.decrypt(stored, 'profiles.idNumber:veteran-2')).toThrow(/failed authentication/);
  });

  it('refuses malformed values without echoing them', () => {
    expect(() => cipher.decrypt(idNumber, context)).toThrow(/malformed/);
    expect(() => cipher.decrypt('v1:abc:def:ghi', context)).toThrow(/malformed/);
    try {
      cipher.decrypt(idNumber, context);
    } catch (error) {
      expect((error as Error).message).not.toContain(idNumber);
    }
  });

  it('refuses a value encrypted under another key', () => {
    const other = new FieldCipher(keyring('v1', randomBytes(32)));
    expect(() => other.decrypt(cipher.encrypt(idNumber, context), context)).toThrow(PersonalDataCipherError);
  });

  describe('key rotation', () => {
    const keyV2 = randomBytes(32);
    const rotated = new FieldCipher(keyring('v2', keyV2, new Map([['v1', keyV1]]), 'v1'));

    it('writes with the new key and still reads what the retired key wrote', () => {
      const old = cipher.encrypt(idNumber, context);
      const fresh = rotated.encrypt(idNumber, context);
      expect(fresh.startsWith('v2:')).toBe(true);
      expect(rotated.decrypt(old, context)).toBe(idNumber);
      expect(rotated.decrypt(fresh, context)).toBe(idNumber);
    });

    it('keeps blind indexes stable while the blind index key stays', () => {
      expect(rotated.blindIndex(idNumber, 'idNumber')).toBe(cipher.blindIndex(idNumber, 'idNumber'));
    });

    it('names the missing key when an old value cannot be read', () => {
      const withoutV1 = new FieldCipher(keyring('v2', keyV2));
      expect(() => withoutV1.decrypt(cipher.encrypt(idNumber, context), context)).toThrow(/"v1"/);
    });
  });

  describe('blind index', () => {
    it('is stable for the same value and context, and prefixed with its key id', () => {
      const index = cipher.blindIndex(idNumber, 'idNumber');
      expect(index).toBe(cipher.blindIndex(idNumber, 'idNumber'));
      expect(index).toMatch(/^v1:[\w-]{43}$/);
      expect(index).toBe(new FieldCipher(keyring('v1', keyV1)).blindIndex(idNumber, 'idNumber'));
    });

    it('differs by value, by context and by key, and never contains the value', () => {
      const index = cipher.blindIndex(idNumber, 'idNumber');
      expect(cipher.blindIndex('110105194912310029', 'idNumber')).not.toBe(index);
      expect(cipher.blindIndex(idNumber, 'phone')).not.toBe(index);
      expect(new FieldCipher(keyring('v1', randomBytes(32))).blindIndex(idNumber, 'idNumber')).not.toBe(
        index,
      );
      expect(index).not.toContain(idNumber);
    });

    it('uses a key derived for indexing, not the configured key itself', () => {
      const naive = createHmac('sha256', keyV1).update('idNumber\u0000').update(idNumber).digest('base64url');
      expect(cipher.blindIndex(idNumber, 'idNumber')).not.toBe(`v1:${naive}`);
    });
  });
});

describe('encryption keys', () => {
  it('decodes a 32-byte base64 key and refuses anything else', () => {
    const key = randomBytes(32);
    expect(decodeEncryptionKey(key.toString('base64')).equals(key)).toBe(true);
    expect(() => decodeEncryptionKey(randomBytes(16).toString('base64'))).toThrow(/32 bytes/);
    expect(() => decodeEncryptionKey('not base64 at all!')).toThrow(EncryptionKeyError);
  });

  it('refuses a blind index key that is not in the keyring', () => {
    expect(() => keyring('v2', randomBytes(32), undefined, 'v1')).toThrow(/blind index key "v1"/);
  });
});
