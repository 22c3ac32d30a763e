import { z } from 'zod';
import { loadMatchingConfig } from '../../config';
import { pagingFields } from '../../shared/http-params';
import { MAX_VETERAN_CANDIDATES, jobIndexSettings, veteranIndexSettings } from './index-settings';

/**
 * Meilisearch returns nothing past an index's `maxTotalHits` (1,000 unless set), and the search port
 * refuses such a query: every depth a setting or a request can ask for must fit the index it reads.
 */
describe('how deep the indexes let queries page', () => {
  const pem = '-----BEGIN PUBLIC KEY-----\nx\n-----END PUBLIC KEY-----';
  const largest = (variable: string, tooLarge: number) => {
    const accepted = (value: number) => {
      try {
        loadMatchingConfig({ AUTH_JWT_PUBLIC_KEY: pem, [variable]: String(value) });
        return true;
      } catch {
        return false;
      }
    };
    expect(accepted(tooLarge)).toBe(false);
    let low = 1;
    let high = tooLarge;
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (accepted(middle)) low = middle;
      else high = middle;
    }
    return low;
  };

  it('the jobs index holds the largest MATCH_CANDIDATE_LIMIT and the deepest job search page', () => {
    const jobs = jobIndexSettings().maxTotalHits ?? 1000;
    expect(largest('MATCH_CANDIDATE_LIMIT', 1_000_000)).toBeLessThanOrEqual(jobs);
    const paging = z.object(pagingFields);
    expect(paging.safeParse({ offset: 1000, limit: 100 }).success).toBe(true);
    expect(paging.safeParse({ offset: 1001 }).success).toBe(false);
    expect(paging.safeParse({ limit: 101 }).success).toBe(false);
    expect(1000 + 100).toBeLessThanOrEqual(jobs);
    expect(jobs).toBeGreaterThan(1000);
  });

  it('the veterans index holds the deepest fan-out and the largest candidates page', () => {
    const veterans = veteranIndexSettings().maxTotalHits ?? 1000;
    expect(MAX_VETERAN_CANDIDATES).toBeLessThanOrEqual(veterans);
    expect(largest('MATCH_CANDIDATE_LIMIT', 1_000_000)).toBeLessThanOrEqual(veterans);
  });

  it('bridges compounds the segmenter keeps whole one way, in both indexes', () => {
    for (const settings of [jobIndexSettings(), veteranIndexSettings()])
      expect(settings.expansions).toMatchObject({ 龙虾: ['小龙虾'] });
  });
});
