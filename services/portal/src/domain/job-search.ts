/** The distances from home a veteran may choose in search, in km (0: anywhere). */
export const DISTANCES_FROM_HOME = [0, 5, 10, 20, 30, 50] as const;
export type DistanceFromHome = (typeof DISTANCES_FROM_HOME)[number];

export type SearchSort = '' | 'relevance' | 'newest' | 'distance' | 'salary';

export interface SearchFilters {
  q: string;
  cityId: string;
  employmentType: string;
  salaryMin: number | undefined;
  veteransOnly: boolean;
  distanceKm: DistanceFromHome;
  sort: SearchSort;
}

export const PAGE_SIZE = 20;

export function emptyFilters(): SearchFilters {
  return {
    q: '',
    cityId: '',
    employmentType: '',
    salaryMin: undefined,
    veteransOnly: false,
    distanceKm: 0,
    sort: '',
  };
}

/** Sorting needs something to sort by: words for relevance, a centre (home) for distance. */
export function sortAllowed(sort: SearchSort, filters: Pick<SearchFilters, 'q' | 'distanceKm'>): boolean {
  if (sort === 'relevance') return filters.q.trim() !== '';
  if (sort === 'distance') return filters.distanceKm > 0;
  return true;
}

/**
 * The query of GET /api/jobs/search for the filters and the page: only what the veteran chose, a
 * distance as a radius around their home as matching knows it (`near=home`), a sort only when it can apply
 * (matching answers 400 otherwise).
 */
export function searchQuery(filters: SearchFilters, offset: number) {
  const q = filters.q.trim();
  return {
    ...(q ? { q } : {}),
    ...(filters.cityId ? { cityId: filters.cityId } : {}),
    ...(filters.employmentType ? { employmentType: [filters.employmentType] } : {}),
    ...(filters.salaryMin ? { salaryMin: filters.salaryMin } : {}),
    ...(filters.veteransOnly ? { veteransOnly: 'true' as const } : {}),
    ...(filters.distanceKm > 0 ? { near: 'home' as const, radiusKm: filters.distanceKm } : {}),
    ...(filters.sort && sortAllowed(filters.sort, filters) ? { sort: filters.sort } : {}),
    limit: PAGE_SIZE,
    offset,
  };
}
