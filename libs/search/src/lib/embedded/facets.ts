import type { DocumentSlots } from './document-slots';
import { fieldReader } from './fields';

/**
 * How many matching documents hold each value of each facet (a document counts once per value): at most
 * `maxValuesPerFacet` values, the most frequent, as the Meilisearch adapter asks of Meilisearch.
 */
export function countFacets(
  slots: readonly number[],
  facets: readonly string[],
  store: DocumentSlots,
  maxValuesPerFacet: number,
): Record<string, Record<string, number>> {
  const result: Record<string, Record<string, number>> = {};
  for (const facet of facets) {
    const read = fieldReader(facet);
    const counts = new Map<string, number>();
    const count = (value: unknown) => {
      if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return;
      const key = String(value);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    };
    for (const slot of slots) {
      const value = read(store.documentAt(slot));
      if (!Array.isArray(value)) count(value);
      else value.forEach((element, index) => value.indexOf(element) === index && count(element));
    }
    const kept =
      counts.size <= maxValuesPerFacet
        ? [...counts]
        : [...counts]
            .sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : 1))
            .slice(0, maxValuesPerFacet);
    result[facet] = Object.fromEntries(kept);
  }
  return result;
}
