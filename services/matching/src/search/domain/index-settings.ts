import type { IndexSettings } from '@vetlink/search';
import { searchSynonyms } from '@vetlink/taxonomy';

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
    geo: true,
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
    geo: true,
  };
}
