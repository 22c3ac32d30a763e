import type { FigureQuery } from './domain/figure-table';

/** What an export holds: which days, by which period, which city (or all) and grouping. */
export function exportTitle(query: FigureQuery): string {
  return `vetlink bureau figures ${query.from}..${query.to} by ${query.period}, ${query.cityId ?? 'all cities'} by ${query.by}`;
}
