import type { FilterExpression, IndexSettings } from '../search-port';
import { DocumentSlots } from './document-slots';
import { EmbeddedIndex } from './embedded-index';
import { compileFilter } from './filters';

// The postings and point columns only narrow what the compiled filter would match: for any filter,
// the index must find exactly the documents that testing every document finds.
describe('filters narrowed by the attribute index', () => {
  let seed = 7;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const cities = ['nanjing', 'suzhou', 'wuxi', 'xuzhou', 'yangzhou'];
  const tags = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
  const centre = { lat: 32, lng: 119 };

  const settings: IndexSettings = {
    primaryKey: 'id',
    searchableAttributes: [],
    filterableAttributes: ['city', 'tags', 'size', 'open'],
    // Comparisons on a sortable field read its number column (NaN for the arrays, read from the document).
    sortableAttributes: ['size'],
    geo: true,
  };
  const documents = Array.from({ length: 400 }, (_, index) => ({
    id: `doc-${index}`,
    // Most documents are open, so that clauses broad and narrow both occur.
    open: random() < 0.9,
    city: pick(cities),
    tags: tags.filter(() => random() < 0.3),
    size:
      random() < 0.1 ? [Math.floor(random() * 100), Math.floor(random() * 100)] : Math.floor(random() * 100),
    ...(random() < 0.95
      ? { _geo: { lat: centre.lat + random() - 0.5, lng: centre.lng + random() - 0.5 } }
      : {}),
  }));

  function randomFilter(depth: number): FilterExpression {
    const kind = depth === 0 ? Math.floor(random() * 5) : Math.floor(random() * 9);
    switch (kind) {
      case 0:
        return { op: 'eq', field: 'open', value: true };
      case 1:
        return { op: 'in', field: pick(['city', 'tags']), values: [pick([...cities, ...tags]), pick(tags)] };
      case 2:
        return { op: pick(['gte', 'lt'] as const), field: 'size', value: Math.floor(random() * 100) };
      case 3:
        return { op: 'geoRadius', center: centre, radiusMeters: 5_000 + random() * 60_000 };
      case 4:
        return { op: 'eq', field: 'city', value: pick(cities) };
      case 5:
        return { op: 'not', clause: randomFilter(depth - 1) };
      case 6:
        // What a veteran's missing certificates look like: a long `not in` beside narrower clauses.
        return { op: 'not', clause: { op: 'in', field: 'tags', values: tags.filter(() => random() < 0.6) } };
      default:
        return {
          op: pick(['and', 'or'] as const),
          clauses: Array.from({ length: 2 + Math.floor(random() * 3) }, () => randomFilter(depth - 1)),
        };
    }
  }

  it('finds what testing every document finds', () => {
    const index = new EmbeddedIndex(settings);
    index.upsert(documents);
    const store = new DocumentSlots();
    documents.forEach((document) => store.put(document.id, document));
    for (let round = 0; round < 500; round += 1) {
      const filter = randomFilter(3);
      const matches = compileFilter(filter, store);
      const expected = documents.filter((_, slot) => matches(slot)).map((document) => document.id);
      const found = index.search<{ id: string }>({ filter, limit: documents.length });
      expect({ filter, ids: found.hits.map((hit) => hit.document.id) }).toEqual({ filter, ids: expected });
    }
  });
});
