import { SynonymMatcher, buildTextQuery } from './text-query';
import { tokenize, typoBudget } from './tokenizer';

describe('tokenize', () => {
  it('splits Chinese into words and lower-cases English, folding full-width characters', () => {
    expect(tokenize('叉车司机')).toEqual(['叉车', '司机']);
    expect(tokenize('保安队长')).toEqual(['保安', '队长']);
    expect(tokenize('货车司机 ＣＡＡＣ C1, Forklift-Driver')).toEqual([
      '货车',
      '司机',
      'caac',
      'c1',
      'forklift',
      'driver',
    ]);
    expect(tokenize('，。!? ')).toEqual([]);
  });

  it('forgives typos only in longer Latin words, as Meilisearch does', () => {
    expect(typoBudget('chef')).toBe(0);
    expect(typoBudget('forklift')).toBe(1);
    expect(typoBudget('warehouses')).toBe(2);
    expect(typoBudget('无人机操作员')).toBe(0);
  });
});

describe('buildTextQuery', () => {
  const synonyms = new SynonymMatcher(
    new Map([
      ['叉车司机', ['forklift driver']],
      ['forklift driver', ['叉车司机']],
      ['叉车', ['forklift']],
    ]),
  );

  it('needs every word, with the last one also as a prefix', () => {
    expect(buildTextQuery('仓库 保管', synonyms)).toEqual({
      combineWith: 'AND',
      queries: [
        { queries: ['仓库'], prefix: false, fuzzy: 0 },
        { queries: ['保管'], prefix: true, fuzzy: 0 },
      ],
    });
  });

  it('replaces the longest synonym phrase first with any of its alternatives', () => {
    expect(buildTextQuery('叉车司机', synonyms)).toEqual({
      combineWith: 'OR',
      queries: [
        {
          combineWith: 'AND',
          queries: [
            { queries: ['叉车'], prefix: false, fuzzy: 0 },
            { queries: ['司机'], prefix: false, fuzzy: 0 },
          ],
        },
        {
          combineWith: 'AND',
          queries: [
            { queries: ['forklift'], prefix: false, fuzzy: 1 },
            { queries: ['driver'], prefix: false, fuzzy: 1 },
          ],
        },
      ],
    });
  });

  it('leaves out an alternative that matches only where a shorter one does', () => {
    const guards = new SynonymMatcher(
      new Map([['保安', ['门卫保安', 'security guard', 'guard', 'watchman']]]),
    );
    expect(buildTextQuery('保安', guards)).toEqual({
      combineWith: 'OR',
      queries: [
        { queries: ['保安'], prefix: false, fuzzy: 0 },
        { queries: ['guard'], prefix: false, fuzzy: 1 },
        { queries: ['watchman'], prefix: false, fuzzy: 1 },
      ],
    });
  });

  it('has nothing to search for in text without words', () => {
    expect(buildTextQuery(' ，', synonyms)).toBeUndefined();
  });
});
