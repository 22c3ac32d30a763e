import { listEntries } from './lookups';
import { prepareSuggestions, SUGGESTIBLE_KINDS, suggestTerms } from './suggest-terms';

describe('suggestTerms', () => {
  it('can build its index ahead of the first query: every name and synonym of every suggestible entry', () => {
    const entries = SUGGESTIBLE_KINDS.reduce((sum, kind) => sum + listEntries(kind).length, 0);
    const terms = prepareSuggestions();
    expect(terms).toBeGreaterThan(entries);
    expect(prepareSuggestions()).toBe(terms);
  });

  it('offers whole terms first, then beginnings, then parts, one per entry', () => {
    const suggestions = suggestTerms('叉车', ['skill', 'occupation', 'certificate', 'training']);
    expect(suggestions.length).toBeGreaterThan(2);
    expect(suggestions[0]?.score).toBeGreaterThanOrEqual(0.9);
    const keys = suggestions.map((suggestion) => `${suggestion.kind}:${suggestion.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('certificate:forklift-licence');
  });

  it('understands English and full-width input, and limits the kinds', () => {
    expect(suggestTerms('ＨＧＶ', ['occupation'])[0]).toMatchObject({
      id: 'truck-driver',
      matched: 'HGV driver',
    });
    expect(suggestTerms('班长', ['role'])[0]).toMatchObject({ kind: 'role', id: 'squad-leader', score: 1 });
  });

  it('reads letters as pinyin initials, syllables or a mix of both', () => {
    for (const typed of ['ccsj', 'chachesiji', 'chachesj']) {
      expect(suggestTerms(typed, ['occupation'])[0]).toMatchObject({
        id: 'forklift-driver',
        matched: '叉车司机',
        score: 0.6,
        pinyin: 'cha che si ji',
      });
    }
    expect(suggestTerms('dg', ['occupation'])[0]).toMatchObject({ id: 'electrician', matched: '电工' });
    const forklift = suggestTerms('cc').filter((suggestion) => suggestion.matched.startsWith('叉车'));
    expect(forklift.map((suggestion) => suggestion.id)).toEqual(
      expect.arrayContaining(['forklift-driver', 'forklift-licence']),
    );
    expect(suggestTerms('chache', ['skill'])).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: 'forklift-operation', score: 0.5 })]),
    );
  });

  it('ranks names matched as written before pinyin, and the usual reading before another one', () => {
    const scores = suggestTerms('cc', SUGGESTIBLE_KINDS, 50).map((suggestion) => suggestion.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const asWritten = suggestTerms('cc', SUGGESTIBLE_KINDS, 50).filter((suggestion) => !suggestion.pinyin);
    expect(asWritten[0]).toMatchObject({ matched: 'CCTV operator', score: 0.9 });
    // 菜单设计 spells ccsj only if 单 is read chan (as in 单于).
    const ccsj = suggestTerms('ccsj', ['skill', 'occupation']);
    expect(ccsj[0]).toMatchObject({ id: 'forklift-driver', score: 0.6 });
    expect(ccsj.find((suggestion) => suggestion.id === 'menu-planning')?.score).toBe(0.45);
  });

  it('does not let two letters inside an English word crowd out better suggestions', () => {
    const suggestions = suggestTerms('cc', ['occupation'], 50);
    const accountant = suggestions.find((suggestion) => suggestion.id === 'accountant');
    expect(accountant?.score).toBe(0.2);
    expect(suggestions.findIndex((suggestion) => suggestion.id === 'forklift-driver')).toBeLessThan(
      suggestions.indexOf(accountant!),
    );
    // A word's beginning is meant: "control" in "Access control".
    expect(suggestTerms('co', ['skill'], 50)).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: 'access-control', score: 0.7 })]),
    );
  });

  it('answers nothing for nothing', () => {
    expect(suggestTerms('  ')).toEqual([]);
  });
});
