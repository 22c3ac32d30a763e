import { listEntries } from './lookups';
import { searchSynonyms } from './search-synonyms';

describe('searchSynonyms', () => {
  const synonyms = searchSynonyms();

  it('gives one set per skill and occupation', () => {
    expect(Object.keys(synonyms)).toHaveLength(
      listEntries('skill').length + listEntries('occupation').length,
    );
  });

  it('puts Chinese and English names and synonyms in the same set', () => {
    expect(synonyms['skill:heavy-truck-driving']).toEqual(
      expect.arrayContaining(['重型货车驾驶', 'Heavy truck driving', '大货车驾驶', 'HGV driving']),
    );
    expect(synonyms['occupation:forklift-driver']).toEqual(
      expect.arrayContaining(['叉车司机', 'Forklift driver', '叉车工', 'forklift operator']),
    );
  });

  it('has no empty, single-term or repeated-term sets', () => {
    for (const terms of Object.values(synonyms)) {
      expect(terms.length).toBeGreaterThanOrEqual(2);
      expect(new Set(terms).size).toBe(terms.length);
    }
  });
});
