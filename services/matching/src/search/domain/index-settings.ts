import type { IndexSettings } from '@vetlink/search';
import { searchSynonyms } from '@vetlink/taxonomy';

/** Pages of ranked lists and of the job search (`limit`, `offset` of the HTTP API). */
export const MAX_PAGE_LIMIT = 100;
export const MAX_PAGE_OFFSET = 1000;

/** The most candidates `MATCH_CANDIDATE_LIMIT` may hand the score from one search (config.ts). */
export const MAX_CANDIDATE_LIMIT = 5000;

/**
 * How deep a query may page through the jobs index: a veteran's candidates (MATCH_CANDIDATE_LIMIT) or
 * the deepest page of the job search. Meilisearch returns nothing beyond an index's `maxTotalHits`
 * (1,000 by default), and the search port refuses a query that would reach past it.
 */
export const MAX_JOB_HITS = Math.max(MAX_CANDIDATE_LIMIT, MAX_PAGE_OFFSET + MAX_PAGE_LIMIT);

/**
 * Compounds that Meilisearch's Chinese segmenter (jieba) keeps whole, so that the shorter word alone
 * does not find them: a query for the key also finds the compound (one way: 小龙虾 does not find 龙虾).
 * Chosen from what `scripts/compound-bridges.ts` reports for the taxonomy against Meilisearch 1.50,
 * leaving out pairs that only look alike (车工 "lathe operator" in 叉车工, 护工 in 绿化养护工) and
 * fragments that are no words (车驾驶).
 */
export const COMPOUND_BRIDGES: Record<string, string[]> = {
  龙虾: ['小龙虾'],
  通信: ['无线电通信'],
  作业: ['土工作业'],
};

/** Facets the job search offers. */
export const JOB_FACETS = [
  'cityId',
  'employmentType',
  'occupationCategory',
  'veteranPriority',
  'veteransOnly',
] as const;

export function jobIndexSettings(): IndexSettings {
  return {
    primaryKey: 'id',
    // Most important first: a word in the title outranks the same word in the description.
    searchableAttributes: ['title', 'occupationNames', 'skillNames', 'employerName', 'description'],
    // `id` too: the API reads one job from the index rather than from the database.
    filterableAttributes: [
      'id',
      'status',
      'employerId',
      'occupationId',
      'occupationCategory',
      'skillIds',
      'requiredCertificateIds',
      'cityId',
      'districtId',
      'employmentType',
      'salaryMin',
      'salaryMax',
      'veteransOnly',
      'veteranPriority',
      'postedAtMs',
    ],
    sortableAttributes: ['postedAtMs', 'salaryMax'],
    // The crosswalk's names and synonyms: 叉车 finds forklift jobs, "HGV driver" finds 货车司机.
    synonyms: searchSynonyms(),
    expansions: COMPOUND_BRIDGES,
    geo: true,
    maxTotalHits: MAX_JOB_HITS,
  };
}

/**
 * The most veterans a job's fan-out scores (MATCH_MAX_PUSHES_PER_JOB × 10, capped here): the veterans
 * index lets a query page this deep (Meilisearch would stop at 1,000).
 */
export const MAX_VETERAN_CANDIDATES = 20_000;

export function veteranIndexSettings(): IndexSettings {
  return {
    primaryKey: 'id',
    maxTotalHits: MAX_VETERAN_CANDIDATES,
    searchableAttributes: ['occupationNames', 'skillNames'],
    filterableAttributes: [
      'id',
      'jobSeekingStatus',
      'skillIds',
      'occupationIds',
      'coveredCertificateIds',
      'homeCityId',
      'preferredCityIds',
      'radiusBandKm',
      'minimumMonthlySalary',
      'employmentTypes',
      'seniorityBand',
    ],
    sortableAttributes: [],
    synonyms: searchSynonyms(),
    expansions: COMPOUND_BRIDGES,
    geo: true,
  };
}
