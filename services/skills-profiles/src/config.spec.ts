import { randomBytes } from 'node:crypto';
import { loadSkillsProfilesConfig } from './config';

describe('skills-profiles configuration', () => {
  const pem = '-----BEGIN PUBLIC KEY-----\nx\n-----END PUBLIC KEY-----';

  it('stops the service at start-up when the token key is missing', () => {
    expect(() =>
      loadSkillsProfilesConfig({ PII_ENCRYPTION_KEY: randomBytes(32).toString('base64') }),
    ).toThrow(/AUTH_JWT_PUBLIC_KEY/);
  });

  it('stops the service when the personal-data key is missing, in every environment', () => {
    expect(() => loadSkillsProfilesConfig({ NODE_ENV: 'development', AUTH_JWT_PUBLIC_KEY: pem })).toThrow(
      /PII_ENCRYPTION_KEY/,
    );
  });

  it('stops the service when the key is malformed, without echoing it', () => {
    const short = randomBytes(16).toString('base64');
    const load = () =>
      loadSkillsProfilesConfig({
        NODE_ENV: 'production',
        AUTH_JWT_PUBLIC_KEY: pem,
        PII_ENCRYPTION_KEY: short,
      });
    expect(load).toThrow(/PII_ENCRYPTION_KEY: the key must be 32 bytes/);
    expect(load).not.toThrow(new RegExp(short.replace(/[+/=]/g, '.')));
  });

  it('uses the configured key', () => {
    const key = randomBytes(32).toString('base64');
    const config = loadSkillsProfilesConfig({ AUTH_JWT_PUBLIC_KEY: pem, PII_ENCRYPTION_KEY: key });
    expect(config.personalData.keyring.keys.get('v1')?.toString('base64')).toBe(key);
  });

  it('rejects a malformed database name', () => {
    expect(() =>
      loadSkillsProfilesConfig({
        AUTH_JWT_PUBLIC_KEY: pem,
        PII_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
        MONGODB_DATABASE: 'a b',
      }),
    ).toThrow(/MONGODB_DATABASE/);
  });
});
