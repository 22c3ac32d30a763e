import type { DocumentSlots } from './document-slots';
import { fieldReader } from './fields';

/** Meilisearch's default `maxValuesPerFacet`, values in alphabetical order. */
const MAX_VALUES_PER_FACET = 100;

/** How many matching documents hold each value of each facet (a document counts once per value). */
export function countFacets(
  slots: readonly number[],
  facets: readonly string[],
  store: DocumentSlots,
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
    const values = [...counts.keys()].sort().slice(0, MAX_VALUES_PER_FACET);
    result[facet] = Object.fromEntries(values.map((value) => [value, counts.get(value) ?? 0]));
  }
  return result;
}
