import type { DigestEnv } from '../../src/config';

/** Short waits, so that retries and a dead worker's jobs are taken up within a test. */
export function testDigestEnv(overrides: Partial<DigestEnv> = {}): DigestEnv {
  return {
    DIGEST_SCHEDULE: '0 9 * * 1',
    DIGEST_TIMEZONE: 'Asia/Shanghai',
    DIGEST_SIZE: 10,
    DIGEST_MIN_SCORE: 45,
    DIGEST_CANDIDATE_LIMIT: 200,
    DIGEST_FIRST_LOOKBACK_DAYS: 7,
    DIGEST_MAX_LOOKBACK_DAYS: 28,
    MATCH_DEFAULT_RADIUS_KM: 30,
    DIGEST_CONCURRENCY: 4,
    DIGEST_MAX_ATTEMPTS: 2,
    DIGEST_BACKOFF_MS: 100,
    DIGEST_LOCK_MS: 3000,
    DIGEST_FANOUT_BATCH: 50,
    ...overrides,
  };
}
