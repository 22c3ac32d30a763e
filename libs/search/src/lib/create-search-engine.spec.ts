import { createSearchEngine, isEmbeddedEngine } from './create-search-engine';

describe('createSearchEngine', () => {
  it('uses the in-process engine when no Meilisearch is named', () => {
    expect(isEmbeddedEngine(createSearchEngine({}))).toBe(true);
    expect(isEmbeddedEngine(createSearchEngine({ MEILI_HOST: '  ' }))).toBe(true);
  });

  it('uses Meilisearch when MEILI_HOST is set', () => {
    expect(
      isEmbeddedEngine(createSearchEngine({ MEILI_HOST: 'http://127.0.0.1:7700', MEILI_MASTER_KEY: 'key' })),
    ).toBe(false);
  });
});
