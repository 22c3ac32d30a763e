import type { SearchParams, SearchResponse } from 'meilisearch';
import { geoPointOf, geoReferenceOf, haversineMeters } from '../embedded/geo';
import type { SimplifiedFilter } from '../filter-simplify';
import type { SearchQuery, SearchResult } from '../search-port';
import { toMeilisearchFilter, toMeilisearchSort } from './filters';

type MeilisearchHit = Record<string, unknown> & { _geoDistance?: number };

/** `matchingStrategy: 'all'` keeps the port's promise that every query word must match. */
export function toSearchParams(
  query: SearchQuery,
  filter: Exclude<SimplifiedFilter, 'matches-none'>,
): SearchParams {
  return {
    q: query.text ?? '',
    matchingStrategy: 'all',
    limit: query.limit,
    offset: query.offset ?? 0,
    ...(filter !== 'matches-all' && { filter: toMeilisearchFilter(filter) }),
    ...(query.sort?.length && { sort: toMeilisearchSort(query.sort) }),
    ...(query.facets?.length && { facets: query.facets }),
    ...(query.attributes && {
      attributesToRetrieve: geoReferenceOf(query.filter, query.sort)
        ? [...query.attributes, '_geo']
        : query.attributes,
    }),
  };
}

/**
 * Meilisearch reports `_geoDistance` only when the request sorts by a geo point; a radius filter alone
 * (hits ranked by relevance, filtered by distance) gets none. The port promises a distance whenever
 * the query filtered or sorted by a point, so it is computed here from the radius's centre and the
 * hit's `_geo`, with the same formula the embedded engine uses.
 */
export function fromSearchResponse<Document extends object>(
  query: SearchQuery,
  response: SearchResponse<MeilisearchHit>,
): SearchResult<Document> {
  const origin = geoReferenceOf(query.filter, query.sort);
  const distanceOf = (document: object, reported: number | undefined): number | undefined => {
    if (reported !== undefined || !origin) return reported;
    const point = geoPointOf(document);
    return point && haversineMeters(origin, point);
  };
  return {
    hits: response.hits.map(({ _geoDistance, ...document }) => {
      const distance = distanceOf(document, _geoDistance);
      return {
        document: document as Document,
        ...(distance !== undefined && { geoDistanceMeters: distance }),
      };
    }),
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
