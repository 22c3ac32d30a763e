import { loadJobPostingsConfig } from './config';

const pem = '-----BEGIN PUBLIC KEY-----\nx\n-----END PUBLIC KEY-----';
const piiKey = Buffer.alloc(32, 7).toString('base64');

describe('job-postings configuration', () => {
  it('stops the service at start-up when the token key is missing', () => {
    expect(() => loadJobPostingsConfig({})).toThrow(/AUTH_JWT_PUBLIC_KEY/);
  });

  it('rejects a malformed database name', () => {
    expect(() => loadJobPostingsConfig({ AUTH_JWT_PUBLIC_KEY: pem, MONGODB_DATABASE: 'a b' })).toThrow(
      /MONGODB_DATABASE/,
    );
  });

  it("stops at start-up without the key for employers' contact phones", () => {
    expect(() => loadJobPostingsConfig({ AUTH_JWT_PUBLIC_KEY: pem })).toThrow(/PII_ENCRYPTION_KEY/);
  });

  it('sweeps every minute unless told otherwise, and refuses a nonsense interval', () => {
    expect(
      loadJobPostingsConfig({ AUTH_JWT_PUBLIC_KEY: pem, PII_ENCRYPTION_KEY: piiKey }).service
        .JOB_SWEEP_INTERVAL_MS,
    ).toBe(60_000);
    expect(
      loadJobPostingsConfig({
        AUTH_JWT_PUBLIC_KEY: pem,
        PII_ENCRYPTION_KEY: piiKey,
        JOB_SWEEP_INTERVAL_MS: '5000',
      }).service.JOB_SWEEP_INTERVAL_MS,
    ).toBe(5000);
    expect(() => loadJobPostingsConfig({ AUTH_JWT_PUBLIC_KEY: pem, JOB_SWEEP_INTERVAL_MS: '0' })).toThrow(
      /JOB_SWEEP_INTERVAL_MS/,
    );
  });
});
