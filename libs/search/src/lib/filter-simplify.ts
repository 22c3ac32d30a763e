import type { FilterExpression } from './search-port';

/** What a filter reduces to once empty lists are resolved: a filter, or a constant answer. */
export type SimplifiedFilter = FilterExpression | 'matches-all' | 'matches-none';

/**
 * Resolves empty lists the way set logic reads them (`in []` and `or []` match nothing, `and []`
 * matches everything) so that callers may build filters from lists that happen to be empty;
 * Meilisearch's filter syntax has no way to say either constant.
 */
export function simplifyFilter(filter: FilterExpression | undefined): SimplifiedFilter {
  if (filter === undefined) return 'matches-all';
  switch (filter.op) {
    case 'in':
      return filter.values.length === 0 ? 'matches-none' : filter;
    case 'and': {
      const clauses: FilterExpression[] = [];
      for (const clause of filter.clauses.map(simplifyFilter)) {
        if (clause === 'matches-none') return 'matches-none';
        if (clause !== 'matches-all') clauses.push(clause);
      }
      return clauses.length === 0
        ? 'matches-all'
        : clauses.length === 1
          ? clauses[0]
          : { op: 'and', clauses };
    }
    case 'or': {
      const clauses: FilterExpression[] = [];
      for (const clause of filter.clauses.map(simplifyFilter)) {
        if (clause === 'matches-all') return 'matches-all';
        if (clause !== 'matches-none') clauses.push(clause);
      }
      return clauses.length === 0
        ? 'matches-none'
        : clauses.length === 1
          ? clauses[0]
          : { op: 'or', clauses };
    }
    case 'not': {
      const clause = simplifyFilter(filter.clause);
      if (clause === 'matches-all') return 'matches-none';
      if (clause === 'matches-none') return 'matches-all';
      return { op: 'not', clause };
    }
    default:
      return filter;
  }
}
