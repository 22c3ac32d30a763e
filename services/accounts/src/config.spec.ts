import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { loadAccountsConfig } from './config';

const pair = () => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return {
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
};
const keys = pair();
const base = { AUTH_JWT_PUBLIC_KEY: keys.publicPem, PII_ENCRYPTION_KEY: randomBytes(32).toString('base64') };

describe('accounts configuration', () => {
  it('stops the service at start-up when the token key or the personal-data key is missing', () => {
    expect(() => loadAccountsConfig({})).toThrow(/AUTH_JWT_PUBLIC_KEY[\s\S]*PII_ENCRYPTION_KEY/);
  });

  it('keeps its data in a database of its own, and refuses a malformed database name', () => {
    expect(loadAccountsConfig(base).service.MONGODB_DATABASE).toBe('vetlink-accounts');
    expect(() => loadAccountsConfig({ ...base, MONGODB_DATABASE: 'a b' })).toThrow(/MONGODB_DATABASE/);
  });

  it('takes a signing key that belongs to the public key, and refuses one that does not', () => {
    expect(loadAccountsConfig({ ...base, AUTH_JWT_SIGNING_KEY: keys.privatePem }).signingKey).toBeDefined();
    expect(() => loadAccountsConfig({ ...base, AUTH_JWT_SIGNING_KEY: pair().privatePem })).toThrow(
      /AUTH_JWT_SIGNING_KEY: is not the private half/,
    );
    expect(() => loadAccountsConfig({ ...base, AUTH_JWT_SIGNING_KEY: 'nonsense' })).toThrow(
      /AUTH_JWT_SIGNING_KEY/,
    );
    expect(() => loadAccountsConfig({ ...base, AUTH_JWT_SIGNING_KEY_FILE: '/nonexistent' })).toThrow(
      /AUTH_JWT_SIGNING_KEY_FILE cannot be read/,
    );
  });

  it('signs with a key of its own process when given none (development, API fuzzing)', () => {
    expect(loadAccountsConfig(base).signingKey).toBeUndefined();
  });

  it('limits password-reset codes per login and attempts per address, and refuses a limit of nothing', () => {
    expect(loadAccountsConfig(base).codeLimits).toEqual({
      requestsPerLogin: 5,
      attemptsPerAddress: 30,
      windowSeconds: 3600,
    });
    expect(
      loadAccountsConfig({ ...base, PASSWORD_RESET_REQUESTS_PER_LOGIN: '3' }).codeLimits?.requestsPerLogin,
    ).toBe(3);
    expect(() => loadAccountsConfig({ ...base, PASSWORD_RESET_REQUESTS_PER_LOGIN: '0' })).toThrow(
      /PASSWORD_RESET_REQUESTS_PER_LOGIN/,
    );
  });
});
