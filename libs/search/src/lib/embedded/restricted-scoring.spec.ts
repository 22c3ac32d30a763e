import MiniSearch, { type Options, type Query } from 'minisearch';
import { RestrictedScoring } from './restricted-scoring';

// The restricted path must give exactly what MiniSearch gives with the filter as a document boost of
// 0 or 1: the same documents, scores, matched terms and order (ties included), for random queries of
// the shapes buildTextQuery makes, over documents added, removed and added again.
describe('restricted scoring', () => {
  let seed = 11;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  // Few words, so that postings overlap, scores tie, and prefixes and near spellings exist.
  const words = [
    'driver',
    'drivers',
    'drive',
    'guard',
    'guards',
    'security',
    'securty',
    'officer',
    'office',
    'cook',
    'cooking',
    '保安',
    '安保',
    '员',
    '司机',
    '叉车',
    '工',
  ];
  const text = () => Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(words)).join(' ');

  interface Doc {
    id: number;
    title: string;
    body: string;
    city: string;
  }
  const options: Options<Doc> = {
    fields: ['title', 'body'],
    storeFields: [],
    tokenize: (value: string) => value.split(' ').filter(Boolean),
    processTerm: (term: string) => term,
    searchOptions: {
      boost: { title: 2, body: 1 },
      combineWith: 'AND',
      tokenize: (word: string) => [word],
      processTerm: (word: string) => word,
    },
  };
  const document = (id: number): Doc => ({ id, title: text(), body: text(), city: pick(['a', 'b', 'c']) });

  function randomQuery(depth: number): Query {
    if (depth === 0 || random() < 0.4) {
      return { queries: [pick(words)], prefix: random() < 0.3, fuzzy: pick([0, 0, 1, 2]) };
    }
    const queries = Array.from({ length: 1 + Math.floor(random() * 3) }, () => randomQuery(depth - 1));
    return { combineWith: pick(['AND', 'OR']), queries };
  }

  function build(): { miniSearch: MiniSearch<Doc>; byId: Map<number, Doc> } {
    const miniSearch = new MiniSearch<Doc>(options);
    const byId = new Map<number, Doc>();
    for (let id = 0; id < 600; id += 1) {
      const doc = document(id);
      byId.set(id, doc);
      miniSearch.add(doc);
    }
    // Updates and deletions, as the embedded index makes them (remove, then add the new version).
    for (let change = 0; change < 200; change += 1) {
      const id = Math.floor(random() * 600);
      const previous = byId.get(id);
      if (previous) miniSearch.remove(previous);
      if (random() < 0.8) {
        const doc = document(id);
        byId.set(id, doc);
        miniSearch.add(doc);
      } else byId.delete(id);
    }
    return { miniSearch, byId };
  }

  it('finds, scores and orders as MiniSearch does, with and without a filter', () => {
    const { miniSearch, byId } = build();
    const scoring = new RestrictedScoring(miniSearch);
    let restrictedRuns = 0;
    for (let run = 0; run < 300; run += 1) {
      const query = randomQuery(3);
      const city = run % 3 === 0 ? undefined : pick(['a', 'b', 'c']);
      const accepts = city ? (id: number) => byId.get(id)?.city === city : undefined;
      const boostDocument = accepts && ((id: unknown) => (accepts(id as number) ? 1 : 0));
      const expected = miniSearch.search(query, { boostDocument });
      const actual = scoring.search(query, accepts);
      expect(actual).toEqual(expected);
      if (expected.length > 0) restrictedRuns += 1;
    }
    // Not vacuous: most random queries match something.
    expect(restrictedRuns).toBeGreaterThan(150);
  });

  it('gives way to the usual search while the index holds discarded documents', () => {
    const { miniSearch } = build();
    const scoring = new RestrictedScoring(miniSearch);
    const query: Query = { queries: ['guard'], prefix: false, fuzzy: 0 };
    expect(scoring.search(query, () => true)).toBeDefined();
    miniSearch.discard(miniSearch.search(query)[0].id);
    expect(scoring.search(query, () => true)).toBeUndefined();
  });
});
