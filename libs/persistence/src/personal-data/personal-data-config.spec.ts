import { randomBytes } from 'node:crypto';
import { personalDataConfigSchema } from './personal-data-config';

describe('personal data configuration', () => {
  const key = randomBytes(32).toString('base64');

  it('builds a keyring with v1 as the default key id', () => {
    const keyring = personalDataConfigSchema.parse({ PII_ENCRYPTION_KEY: key });
    expect(keyring.currentKeyId).toBe('v1');
    expect(keyring.blindIndexKeyId).toBe('v1');
    expect(keyring.keys.get('v1')?.toString('base64')).toBe(key);
  });

  it('reads retired keys for rotation and keeps the blind index on the key it names', () => {
    const old = randomBytes(32).toString('base64');
    const keyring = personalDataConfigSchema.parse({
      PII_ENCRYPTION_KEY: key,
      PII_ENCRYPTION_KEY_ID: 'v2',
      PII_ENCRYPTION_RETIRED_KEYS: `v1:${old}`,
      PII_BLIND_INDEX_KEY_ID: 'v1',
    });
    expect([...keyring.keys.keys()].sort()).toEqual(['v1', 'v2']);
    expect(keyring).toMatchObject({ currentKeyId: 'v2', blindIndexKeyId: 'v1' });
  });

  it('names the variable and never echoes a bad key', () => {
    const short = randomBytes(16).toString('base64');
    const result = personalDataConfigSchema.safeParse({ PII_ENCRYPTION_KEY: short });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['PII_ENCRYPTION_KEY']);
    expect(JSON.stringify(result.error?.issues)).not.toContain(short);
  });

  it('requires the key', () => {
    const result = personalDataConfigSchema.safeParse({});
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['PII_ENCRYPTION_KEY']);
  });

  it('refuses malformed retired keys', () => {
    const result = personalDataConfigSchema.safeParse({
      PII_ENCRYPTION_KEY: key,
      PII_ENCRYPTION_RETIRED_KEYS: 'old-key',
    });
    expect(result.error?.issues[0]?.path).toEqual(['PII_ENCRYPTION_RETIRED_KEYS']);
  });
});
