import { ConfigError } from '@vetlink/config';
import { loadRecommendationsConfig } from './config';

const engines = {
  KAFKA_BROKERS: '127.0.0.1:9092',
  MONGODB_URI: 'mongodb://127.0.0.1:27017',
  REDIS_URL: 'redis://127.0.0.1:6379',
};

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadRecommendationsConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('recommendations configuration', () => {
  it('runs a worker without any token key: it serves no HTTP', () => {
    const config = loadRecommendationsConfig({ ...engines, PROCESS_ROLE: 'worker' });
    expect(config.auth).toBeNull();
    expect(config.digest.schedule).toEqual({ pattern: '0 9 * * 1', timeZone: 'Asia/Shanghai' });
    expect(config.digest.policy).toMatchObject({ size: 10, minimumScore: 45 });
  });

  it('needs the token key wherever HTTP is served', () => {
    expect(problemsOf({ ...engines, PROCESS_ROLE: 'api' }).join(' ')).toMatch(/AUTH_JWT/);
  });

  it('names a schedule that is not a cron pattern, an unknown zone and an impossible lookback', () => {
    const problems = problemsOf({
      ...engines,
      PROCESS_ROLE: 'worker',
      DIGEST_SCHEDULE: 'every monday',
      DIGEST_TIMEZONE: 'Mars/Olympus',
      DIGEST_SIZE: '50',
    });
    expect(problems.join(' ')).toMatch(/DIGEST_TIMEZONE/);
    expect(problems.join(' ')).toMatch(/DIGEST_SIZE/);
    expect(
      problemsOf({ ...engines, PROCESS_ROLE: 'worker', DIGEST_SCHEDULE: 'every monday' }).join(' '),
    ).toMatch(/DIGEST_SCHEDULE/);
    expect(
      problemsOf({ ...engines, PROCESS_ROLE: 'worker', DIGEST_FIRST_LOOKBACK_DAYS: '30' }).join(' '),
    ).toMatch(/DIGEST_FIRST_LOOKBACK_DAYS/);
  });
});
