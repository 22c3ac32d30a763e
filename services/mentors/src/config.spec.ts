import { loadMentorsConfig } from './config';

const pem = '-----BEGIN PUBLIC KEY-----\nx\n-----END PUBLIC KEY-----';

describe('mentors configuration', () => {
  it('stops the service at start-up when the token key is missing', () => {
    expect(() => loadMentorsConfig({})).toThrow(/AUTH_JWT_PUBLIC_KEY/);
  });

  it('keeps its data in a database of its own, and refuses a malformed database name', () => {
    expect(loadMentorsConfig({ AUTH_JWT_PUBLIC_KEY: pem }).service.MONGODB_DATABASE).toBe('vetlink-mentors');
    expect(() => loadMentorsConfig({ AUTH_JWT_PUBLIC_KEY: pem, MONGODB_DATABASE: 'a b' })).toThrow(
      /MONGODB_DATABASE/,
    );
  });
});

describe('mentors booking settings', () => {
  it('reminds 24 h and 1 h before by default, and takes other offsets from REMINDER_OFFSETS_MINUTES', () => {
    expect(loadMentorsConfig({ AUTH_JWT_PUBLIC_KEY: pem }).service.REMINDER_OFFSETS_MINUTES).toEqual([
      1440, 60,
    ]);
    expect(
      loadMentorsConfig({ AUTH_JWT_PUBLIC_KEY: pem, REMINDER_OFFSETS_MINUTES: '30, 5' }).service
        .REMINDER_OFFSETS_MINUTES,
    ).toEqual([30, 5]);
    expect(() => loadMentorsConfig({ AUTH_JWT_PUBLIC_KEY: pem, REMINDER_OFFSETS_MINUTES: '0' })).toThrow(
      /REMINDER_OFFSETS_MINUTES/,
    );
  });

  it('gives veterans a 12-hour cut-off and two upcoming sessions unless configured', () => {
    const { service } = loadMentorsConfig({ AUTH_JWT_PUBLIC_KEY: pem });
    expect([service.VETERAN_CUT_OFF_HOURS, service.UPCOMING_SESSIONS_PER_VETERAN]).toEqual([12, 2]);
  });
});
