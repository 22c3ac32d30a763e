import type { JobEmploymentType } from '@vetlink/contracts';
import type { FilterExpression, GeoPoint, SearchQuery, SortClause } from '@vetlink/search';
import { JOB_FACETS } from './index-settings';

export const JOB_SEARCH_SORTS = ['relevance', 'newest', 'distance', 'salary'] as const;
export type JobSearchSort = (typeof JOB_SEARCH_SORTS)[number];

/** What a person asks GET /jobs/search for, already validated. */
export interface JobSearchRequest {
  text?: string;
  cityId?: string;
  districtId?: string;
  employmentTypes?: JobEmploymentType[];
  /** Jobs whose range reaches at least this monthly pay. */
  salaryMin?: number;
  /** Jobs asking for any of these skills. */
  skillIds?: string[];
  veteranPriority?: boolean;
  veteransOnly?: boolean;
  /** A point and radius (the caller's home or any point). */
  near?: { point: GeoPoint; radiusKm: number };
  sort?: JobSearchSort;
  limit: number;
  offset: number;
}

/**
 * The search engine query for a job search: open jobs only, each filter given, facets on city,
 * employment type, occupation category and the veteran flags. Without text the newest come first
 * (nearest first when a point is given, unless another order is asked for).
 */
export function jobSearchQuery(request: JobSearchRequest): SearchQuery {
  const clauses: FilterExpression[] = [{ op: 'eq', field: 'status', value: 'open' }];
  if (request.cityId) clauses.push({ op: 'eq', field: 'cityId', value: request.cityId });
  if (request.districtId) clauses.push({ op: 'eq', field: 'districtId', value: request.districtId });
  if (request.employmentTypes?.length)
    clauses.push({ op: 'in', field: 'employmentType', values: request.employmentTypes });
  if (request.salaryMin !== undefined)
    clauses.push({ op: 'gte', field: 'salaryMax', value: request.salaryMin });
  if (request.skillIds?.length) clauses.push({ op: 'in', field: 'skillIds', values: request.skillIds });
  if (request.veteranPriority !== undefined) {
    // "Priority for veterans" includes jobs reserved for them.
    clauses.push(
      request.veteranPriority
        ? {
            op: 'or',
            clauses: [
              { op: 'eq', field: 'veteranPriority', value: true },
              { op: 'eq', field: 'veteransOnly', value: true },
            ],
          }
        : {
            op: 'and',
            clauses: [
              { op: 'eq', field: 'veteranPriority', value: false },
              { op: 'eq', field: 'veteransOnly', value: false },
            ],
          },
    );
  }
  if (request.veteransOnly !== undefined)
    clauses.push({ op: 'eq', field: 'veteransOnly', value: request.veteransOnly });
  if (request.near) {
    clauses.push({ op: 'geoRadius', center: request.near.point, radiusMeters: request.near.radiusKm * 1000 });
  }
  return {
    ...(request.text ? { text: request.text } : {}),
    filter: { op: 'and', clauses },
    sort: sortOf(request),
    facets: [...JOB_FACETS],
    limit: request.limit,
    offset: request.offset,
  };
}

function sortOf(request: JobSearchRequest): SortClause[] {
  const sort = request.sort ?? (request.text ? 'relevance' : request.near ? 'distance' : 'newest');
  switch (sort) {
    case 'relevance':
      return [];
    case 'distance':
      return request.near
        ? [{ geoPoint: request.near.point, direction: 'asc' }]
        : [{ field: 'postedAtMs', direction: 'desc' }];
    case 'salary':
      return [{ field: 'salaryMax', direction: 'desc' }];
    case 'newest':
      return [{ field: 'postedAtMs', direction: 'desc' }];
  }
}
