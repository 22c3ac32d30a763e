import { suggestTerms } from './suggest-terms';

describe('suggestTerms', () => {
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

  it('answers nothing for nothing', () => {
    expect(suggestTerms('  ')).toEqual([]);
  });
});
