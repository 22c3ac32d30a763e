import {
  DEFAULT_MAX_TOTAL_HITS,
  type FilterExpression,
  type IndexSettings,
  type SearchQuery,
} from '../search-port';

export class InvalidSearchQueryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidSearchQueryError';
  }
}

/**
 * Refuses what Meilisearch would refuse (filtering, sorting or faceting on attributes the settings
 * did not declare), so a query that works on a developer's machine also works in production.
 */
export function validateQuery(query: SearchQuery, settings: IndexSettings): void {
  if (!Number.isInteger(query.limit) || query.limit < 0)
    throw new InvalidSearchQueryError(`limit must be a non-negative integer`);
  if (query.offset !== undefined && (!Number.isInteger(query.offset) || query.offset < 0)) {
    throw new InvalidSearchQueryError(`offset must be a non-negative integer`);
  }
  const depth = (query.offset ?? 0) + query.limit;
  const maxTotalHits = settings.maxTotalHits ?? DEFAULT_MAX_TOTAL_HITS;
  if (depth > maxTotalHits) {
    throw new InvalidSearchQueryError(
      `offset + limit (${depth}) goes deeper than the index's maxTotalHits (${maxTotalHits}): Meilisearch would return nothing beyond it`,
    );
  }
  const filterable = new Set(settings.filterableAttributes);
  if (query.filter) validateFilter(query.filter, filterable, settings.geo === true);
  for (const facet of query.facets ?? []) {
    if (!filterable.has(facet))
      throw new InvalidSearchQueryError(`facet "${facet}" is not a filterable attribute`);
  }
  const sortable = new Set(settings.sortableAttributes);
  for (const clause of query.sort ?? []) {
    if ('field' in clause && !sortable.has(clause.field)) {
      throw new InvalidSearchQueryError(`sort field "${clause.field}" is not a sortable attribute`);
    }
    if ('geoPoint' in clause && settings.geo !== true) {
      throw new InvalidSearchQueryError(`sorting by distance needs an index whose settings enable geo`);
    }
  }
}

function validateFilter(filter: FilterExpression, filterable: Set<string>, geo: boolean): void {
  switch (filter.op) {
    case 'and':
    case 'or':
      return filter.clauses.forEach((clause) => validateFilter(clause, filterable, geo));
    case 'not':
      return validateFilter(filter.clause, filterable, geo);
    case 'geoRadius':
      if (!geo) throw new InvalidSearchQueryError(`geoRadius needs an index whose settings enable geo`);
      if (!(filter.radiusMeters >= 0))
        throw new InvalidSearchQueryError(`geoRadius radiusMeters must be non-negative`);
      return;
    default:
      if (!filterable.has(filter.field)) {
        throw new InvalidSearchQueryError(`filter field "${filter.field}" is not a filterable attribute`);
      }
  }
}
