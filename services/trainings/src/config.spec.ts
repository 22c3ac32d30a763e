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

describe('reminders before a run (RUN_REMINDERS)', () => {
  it('defaults to 08:00 Shanghai three days and one day before the first day', () => {
    expect(loadTrainingsConfig({ AUTH_JWT_PUBLIC_KEY: pem }).service.RUN_REMINDERS).toEqual([
      { daysBefore: 3, minuteOfDay: 480 },
      { daysBefore: 1, minuteOfDay: 480 },
    ]);
  });

  it('takes its own and stops at start-up on a malformed one, naming the variable', () => {
    expect(
      loadTrainingsConfig({ AUTH_JWT_PUBLIC_KEY: pem, RUN_REMINDERS: '2d@19:30' }).service.RUN_REMINDERS,
    ).toEqual([{ daysBefore: 2, minuteOfDay: 1170 }]);
    expect(() => loadTrainingsConfig({ AUTH_JWT_PUBLIC_KEY: pem, RUN_REMINDERS: '72h' })).toThrow(
      /RUN_REMINDERS/,
    );
  });
});
