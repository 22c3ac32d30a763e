import { loadMatchingConfig } from './config';

describe('matching configuration', () => {
  const pem = '-----BEGIN PUBLIC KEY-----\nx\n-----END PUBLIC KEY-----';

  it('stops the service at start-up when the token key is missing', () => {
    expect(() => loadMatchingConfig({})).toThrow(/AUTH_JWT_PUBLIC_KEY/);
  });

  it('has documented defaults for the matching numbers', () => {
    const config = loadMatchingConfig({ AUTH_JWT_PUBLIC_KEY: pem });
    expect(config.matching).toEqual({
      MATCH_PUSH_THRESHOLD: 60,
      MATCH_DEFAULT_RADIUS_KM: 30,
      MATCH_CANDIDATE_LIMIT: 500,
      MATCH_MAX_PUSHES_PER_JOB: 2000,
      MATCH_MAX_PUSHES_PER_PROFILE_CHANGE: 10,
      MATCH_PUSH_WINDOW_HOURS: 72,
    });
    expect(config.service.MONGODB_DATABASE).toBe('vetlink-matching');
    expect(config.service.SEARCH_INDEX_PREFIX).toBe('matching');
    expect(config.service.SEARCH_SNAPSHOT_DIR).toBeUndefined();
    expect(config.service.SEARCH_SNAPSHOT_INTERVAL_MINUTES).toBe(60);
  });

  it('takes the push threshold from the environment, within 1 to 100', () => {
    expect(
      loadMatchingConfig({ AUTH_JWT_PUBLIC_KEY: pem, MATCH_PUSH_THRESHOLD: '75' }).matching
        .MATCH_PUSH_THRESHOLD,
    ).toBe(75);
    expect(() => loadMatchingConfig({ AUTH_JWT_PUBLIC_KEY: pem, MATCH_PUSH_THRESHOLD: '101' })).toThrow(
      /MATCH_PUSH_THRESHOLD/,
    );
  });

  it('hands the Meilisearch address to the search lib', () => {
    const config = loadMatchingConfig({
      AUTH_JWT_PUBLIC_KEY: pem,
      MEILI_HOST: 'http://meili:7700',
      MEILI_MASTER_KEY: 'k',
    });
    expect(config.searchEnv).toEqual({ MEILI_HOST: 'http://meili:7700', MEILI_MASTER_KEY: 'k' });
  });
});
