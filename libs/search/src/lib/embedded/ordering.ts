import type { SortClause } from '../search-port';
import type { DocumentSlots } from './document-slots';
import { fieldReader } from './fields';
import { haversineMeters } from './geo';

/** Matching documents as parallel arrays; text matches come in relevance order, others in slot order. */
export interface Matches {
  slots: number[];
  /** Only with text. */
  scores?: number[];
  attributeRanks?: number[];
}

type SortKey = number | string | undefined;

/**
 * Positions (into `matches`) of the first `needed` matches in order, the way Meilisearch's ranking
 * rules order them, approximately: with text, the most important matched attribute first, then the
 * sort clauses, then relevance; without text, the sort clauses alone. Missing values sort last in
 * either direction. Without sort clauses, matches keep the order they came in.
 */
export function orderMatches(
  matches: Matches,
  sort: readonly SortClause[],
  store: DocumentSlots,
  needed: number,
): number[] {
  const count = matches.slots.length;
  if (sort.length === 0) return Array.from({ length: Math.min(needed, count) }, (_, position) => position);
  const keys = sort.map((clause) => sortKeys(clause, matches.slots, store));
  const { scores, attributeRanks } = matches;
  const compare = (a: number, b: number): number => {
    if (attributeRanks && attributeRanks[a] !== attributeRanks[b])
      return attributeRanks[a] - attributeRanks[b];
    for (let index = 0; index < sort.length; index += 1) {
      const order = compareKeys(keys[index][a], keys[index][b], sort[index].direction);
      if (order !== 0) return order;
    }
    return (scores ? scores[b] - scores[a] : 0) || a - b;
  };
  return firstInOrder(count, compare, needed);
}

/** The first `needed` positions in order, without sorting them all when only a page is wanted. */
function firstInOrder(count: number, compare: (a: number, b: number) => number, needed: number): number[] {
  if (needed * 8 >= count) {
    return Array.from({ length: count }, (_, position) => position)
      .sort(compare)
      .slice(0, needed);
  }
  const best: number[] = [];
  for (let position = 0; position < count; position += 1) {
    if (best.length === needed && compare(position, best[needed - 1]) >= 0) continue;
    // Binary search: the place after every kept position that does not come later than this one.
    let low = 0;
    let high = best.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compare(position, best[middle]) < 0) high = middle;
      else low = middle + 1;
    }
    best.splice(low, 0, position);
    if (best.length > needed) best.pop();
  }
  return best;
}

function sortKeys(clause: SortClause, slots: readonly number[], store: DocumentSlots): SortKey[] {
  if ('geoPoint' in clause) {
    const origin = clause.geoPoint;
    return slots.map((slot) => {
      const lat = store.latitudes[slot];
      return Number.isNaN(lat) ? undefined : haversineMeters(origin, { lat, lng: store.longitudes[slot] });
    });
  }
  const read = fieldReader(clause.field);
  const numbers = store.numbersOf(clause.field);
  return slots.map((slot) => {
    const number = numbers?.[slot];
    if (number !== undefined && !Number.isNaN(number)) return number;
    const value = read(store.documentAt(slot));
    if (typeof value === 'number' || typeof value === 'string') return value;
    return typeof value === 'boolean' ? String(value) : undefined;
  });
}

/** Numbers before strings (ascending), missing values always last. */
function compareKeys(a: SortKey, b: SortKey, direction: 'asc' | 'desc'): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  const ascending = typeof a === typeof b ? (a < b ? -1 : a > b ? 1 : 0) : typeof a === 'number' ? -1 : 1;
  return direction === 'asc' ? ascending : -ascending;
}
