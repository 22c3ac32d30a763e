import type { FilterExpression, Scalar, SortClause } from '../search-port';

/** Field names go into the filter unquoted, so only plain (optionally dotted) identifiers are allowed. */
const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_-]*(\.[A-Za-z_][A-Za-z0-9_-]*)*$/;

const COMPARISON = { eq: '=', ne: '!=', gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;

/** Meilisearch filter syntax for an expression; `and`/`or` clauses are parenthesised so precedence never matters. */
export function toMeilisearchFilter(filter: FilterExpression): string {
  switch (filter.op) {
    case 'eq':
    case 'ne':
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return `${fieldName(filter.field)} ${COMPARISON[filter.op]} ${literal(filter.value)}`;
    case 'in':
      return `${fieldName(filter.field)} IN [${filter.values.map(literal).join(', ')}]`;
    case 'exists':
      return `${fieldName(filter.field)} EXISTS`;
    case 'not':
      return `NOT (${toMeilisearchFilter(filter.clause)})`;
    case 'and':
    case 'or':
      return filter.clauses
        .map((clause) => `(${toMeilisearchFilter(clause)})`)
        .join(` ${filter.op.toUpperCase()} `);
    case 'geoRadius':
      return `_geoRadius(${coordinate(filter.center.lat)}, ${coordinate(filter.center.lng)}, ${finite(filter.radiusMeters)})`;
  }
}

export function toMeilisearchSort(sort: SortClause[]): string[] {
  return sort.map((clause) =>
    'field' in clause
      ? `${fieldName(clause.field)}:${clause.direction}`
      : `_geoPoint(${coordinate(clause.geoPoint.lat)}, ${coordinate(clause.geoPoint.lng)}):${clause.direction}`,
  );
}

function fieldName(field: string): string {
  if (!FIELD_NAME.test(field)) throw new Error(`Search field name "${field}" is not a plain attribute name`);
  return field;
}

function literal(value: Scalar): string {
  if (typeof value === 'number') return String(finite(value));
  if (typeof value === 'boolean') return String(value);
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function coordinate(degrees: number): string {
  return String(finite(degrees));
}

function finite(value: number): number {
  if (!Number.isFinite(value)) throw new Error(`Search filter number ${value} is not finite`);
  return value;
}
