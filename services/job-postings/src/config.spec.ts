import { loadJobPostingsConfig } from './config';

describe('job-postings configuration', () => {
  it('stops the service at start-up when the token key is missing', () => {
    expect(() => loadJobPostingsConfig({})).toThrow(/AUTH_JWT_PUBLIC_KEY/);
  });

  it('rejects a malformed database name', () => {
    const pem = '-----BEGIN PUBLIC KEY-----\nx\n-----END PUBLIC KEY-----';
    expect(() => loadJobPostingsConfig({ AUTH_JWT_PUBLIC_KEY: pem, MONGODB_DATABASE: 'a b' })).toThrow(/MONGODB_DATABASE/);
  });
});
