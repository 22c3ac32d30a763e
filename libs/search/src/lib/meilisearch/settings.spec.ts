import type { IndexSettings } from '../search-port';
import { settingsMatch, toMeilisearchSettings } from './settings';

const settings: IndexSettings = {
  primaryKey: 'id',
  searchableAttributes: ['title', 'description'],
  filterableAttributes: ['skills', 'cityId'],
  sortableAttributes: ['salaryMin'],
  synonyms: {
    'skill:forklift': ['叉车', 'forklift', 'fork-lift truck'],
    'skill:security': ['保安', 'forklift'],
  },
};

describe('toMeilisearchSettings', () => {
  it('sends the attributes, the ranking rules of Meilisearch 1.36+, both locales, and the depth and facet caps', () => {
    const sent = toMeilisearchSettings(settings);
    expect(sent).toEqual({
      searchableAttributes: ['title', 'description'],
      filterableAttributes: ['skills', 'cityId'],
      sortableAttributes: ['salaryMin'],
      synonyms: expect.any(Object),
      rankingRules: ['words', 'typo', 'proximity', 'attributeRank', 'sort', 'wordPosition', 'exactness'],
      localizedAttributes: [{ attributePatterns: ['*'], locales: ['zho', 'eng'] }],
      pagination: { maxTotalHits: 1000 },
      faceting: { maxValuesPerFacet: 1000, sortFacetValuesBy: { '*': 'count' } },
      facetSearch: false,
    });
  });

  it('counts as many facet values as the index asks', () => {
    expect(toMeilisearchSettings({ ...settings, maxValuesPerFacet: 50 }).faceting).toMatchObject({
      maxValuesPerFacet: 50,
    });
  });

  it('lets queries page as deep as the index asks (a job fanned out to 20,000 veterans)', () => {
    expect(toMeilisearchSettings({ ...settings, maxTotalHits: 20_000 }).pagination).toEqual({
      maxTotalHits: 20_000,
    });
  });

  it('makes _geo filterable and sortable when the index is geo', () => {
    const sent = toMeilisearchSettings({ ...settings, geo: true });
    expect(sent.filterableAttributes).toEqual(['skills', 'cityId', '_geo']);
    expect(sent.sortableAttributes).toEqual(['salaryMin', '_geo']);
  });

  it('turns named synonym sets into mutual synonyms per term, merging a term found in two sets', () => {
    expect(toMeilisearchSettings(settings).synonyms).toEqual({
      叉车: ['forklift', 'fork-lift truck'],
      forklift: ['叉车', 'fork-lift truck', '保安'],
      'fork-lift truck': ['叉车', 'forklift'],
      保安: ['forklift'],
    });
  });

  it('adds one-way expansions to the synonyms of their term only', () => {
    const sent = toMeilisearchSettings({
      ...settings,
      expansions: { 龙虾: ['小龙虾'], 叉车: ['叉车司机'] },
    }).synonyms;
    expect(sent).toMatchObject({ 龙虾: ['小龙虾'], 叉车: ['forklift', 'fork-lift truck', '叉车司机'] });
    expect(sent).not.toHaveProperty('小龙虾');
  });

  it('sends no synonyms when there are none, which resets earlier ones', () => {
    expect(toMeilisearchSettings({ ...settings, synonyms: undefined }).synonyms).toEqual({});
  });

  it('recognises settings already in place, whatever the order of sets and synonyms', () => {
    const wanted = toMeilisearchSettings({ ...settings, geo: true });
    const current = {
      ...wanted,
      displayedAttributes: ['*'],
      filterableAttributes: [...(wanted.filterableAttributes as string[])].reverse(),
      synonyms: Object.fromEntries(
        Object.entries(wanted.synonyms ?? {})
          .reverse()
          .map(([term, others]) => [term, [...others].reverse()]),
      ),
    };
    expect(settingsMatch(current, wanted)).toBe(true);
    expect(settingsMatch({ ...current, searchableAttributes: ['description', 'title'] }, wanted)).toBe(false);
    expect(
      settingsMatch(
        { ...current, pagination: { maxTotalHits: 1000 } },
        toMeilisearchSettings({ ...settings, geo: true, maxTotalHits: 5000 }),
      ),
    ).toBe(false);
  });
});
