import { normaliseTerm } from './terms';

describe('normaliseTerm', () => {
  it.each([
    ['Forklift Driving', 'forklift driving'],
    ['fork-lift driving', 'forklift driving'],
    ['  叉车 司机 ', '叉车司机'],
    ['ＣＡＡＣ　ｌｉｃｅｎｃｅ', 'caac licence'],
    ['A2驾照', 'ａ２驾照'],
    ['e‑commerce', 'E commerce'],
  ])('treats %p and %p alike', (a, b) => {
    expect(normaliseTerm(a)).toBe(normaliseTerm(b));
  });

  it('keeps different words apart', () => {
    expect(normaliseTerm('C1驾照')).not.toBe(normaliseTerm('C2驾照'));
  });
});
