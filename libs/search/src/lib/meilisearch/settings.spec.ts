import type { IndexSettings } from '../search-port';
import { toMeilisearchSettings } from './settings';

const settings: IndexSettings = {
  primaryKey: 'id',
  searchableAttributes: ['title', 'description'],
  filterableAttributes: ['skills', 'cityId'],
  sortableAttributes: ['salaryMin'],
  synonyms: { 'skill:forklift': ['叉车', 'forklift', 'fork-lift truck'], 'skill:security': ['保安', 'forklift'] },
};

describe('toMeilisearchSettings', () => {
  it('sends the attributes, the default ranking rules and both locales', () => {
    const sent = toMeilisearchSettings(settings);
    expect(sent).toEqual({
      searchableAttributes: ['title', 'description'],
      filterableAttributes: ['skills', 'cityId'],
      sortableAttributes: ['salaryMin'],
      synonyms: expect.any(Object),
      rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
      localizedAttributes: [{ attributePatterns: ['*'], locales: ['zho', 'eng'] }],
      pagination: { maxTotalHits: 1000 },
    });
  });

  it('lets queries page as deep as the index asks (a job fanned out to 20,000 veterans)', () => {
    expect(toMeilisearchSettings({ ...settings, maxTotalHits: 20_000 }).pagination).toEqual({ maxTotalHits: 20_000 });
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

  it('sends no synonyms when there are none, which resets earlier ones', () => {
    expect(toMeilisearchSettings({ ...settings, synonyms: undefined }).synonyms).toEqual({});
  });
});
