import type { SearchParams, SearchResponse } from 'meilisearch';
import type { SimplifiedFilter } from '../filter-simplify';
import type { SearchQuery, SearchResult } from '../search-port';
import { toMeilisearchFilter, toMeilisearchSort } from './filters';

type MeilisearchHit = Record<string, unknown> & { _geoDistance?: number };

/** `matchingStrategy: 'all'` keeps the port's promise that every query word must match. */
export function toSearchParams(query: SearchQuery, filter: Exclude<SimplifiedFilter, 'matches-none'>): SearchParams {
  return {
    q: query.text ?? '',
    matchingStrategy: 'all',
    limit: query.limit,
    offset: query.offset ?? 0,
    ...(filter !== 'matches-all' && { filter: toMeilisearchFilter(filter) }),
    ...(query.sort?.length && { sort: toMeilisearchSort(query.sort) }),
    ...(query.facets?.length && { facets: query.facets }),
  };
}

export function fromSearchResponse<Document extends object>(
  query: SearchQuery,
  response: SearchResponse<MeilisearchHit>,
): SearchResult<Document> {
  return {
    hits: response.hits.map(({ _geoDistance, ...document }) => ({
      document: document as Document,
      ...(_geoDistance !== undefined && { geoDistanceMeters: _geoDistance }),
    })),
    totalHits: response.totalHits ?? response.estimatedTotalHits ?? response.hits.length,
    facets: withEveryFacet(query, response.facetDistribution ?? {}),
  };
}

export function emptyResult<Document extends object>(query: SearchQuery): SearchResult<Document> {
  return { hits: [], totalHits: 0, facets: withEveryFacet(query, {}) };
}

/** Meilisearch leaves out a facet nobody matched; the port lists every facet asked for. */
function withEveryFacet(query: SearchQuery, distribution: Record<string, Record<string, number>>) {
  return Object.fromEntries((query.facets ?? []).map((facet) => [facet, distribution[facet] ?? {}]));
}
