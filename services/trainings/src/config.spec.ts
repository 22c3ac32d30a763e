import { loadTrainingsConfig } from './config';

const pem = '-----BEGIN PUBLIC KEY-----\nx\n-----END PUBLIC KEY-----';

describe('trainings configuration', () => {
  it('stops the service at start-up when the token key is missing', () => {
    expect(() => loadTrainingsConfig({})).toThrow(/AUTH_JWT_PUBLIC_KEY/);
  });

  it('keeps its data in a database of its own, and refuses a malformed database name', () => {
    expect(loadTrainingsConfig({ AUTH_JWT_PUBLIC_KEY: pem }).service.MONGODB_DATABASE).toBe(
      'vetlink-trainings',
    );
    expect(() => loadTrainingsConfig({ AUTH_JWT_PUBLIC_KEY: pem, MONGODB_DATABASE: 'a b' })).toThrow(
      /MONGODB_DATABASE/,
    );
  });
});
