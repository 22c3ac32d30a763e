import {
  isValidResidentIdNumber,
  maskResidentIdNumber,
  normaliseResidentIdNumber,
  residentIdCheckCharacter,
} from './resident-id-number';

describe('resident ID numbers (GB 11643)', () => {
  const today = new Date('2026-11-28T00:00:00Z');
  // The standard's own worked example, and a Nanjing number built with the check rule.
  const standardExample = '11010519491231002X';
  const nanjing = `32010219900307123${residentIdCheckCharacter('32010219900307123')}`;

  it('accepts numbers whose check character matches', () => {
    expect(isValidResidentIdNumber(standardExample, today)).toBe(true);
    expect(isValidResidentIdNumber(nanjing, today)).toBe(true);
  });

  it('computes the check character with the MOD 11-2 weights, X standing for 10', () => {
    expect(residentIdCheckCharacter('11010519491231002')).toBe('X');
    expect(residentIdCheckCharacter('44052418800101001')).toBe('4');
  });

  it('rejects a single mistyped digit', () => {
    const typo = `${nanjing.slice(0, 10)}${(Number(nanjing[10]) + 1) % 10}${nanjing.slice(11)}`;
    expect(isValidResidentIdNumber(typo, today)).toBe(false);
  });

  it('rejects impossible or future birth dates even with a matching check character', () => {
    const withCheck = (first17: string) => `${first17}${residentIdCheckCharacter(first17)}`;
    expect(isValidResidentIdNumber(withCheck('32010219900230123'), today)).toBe(false);
    expect(isValidResidentIdNumber(withCheck('32010220270101123'), today)).toBe(false);
    expect(isValidResidentIdNumber(withCheck('32010218991231123'), today)).toBe(false);
  });

  it('rejects the wrong shape', () => {
    for (const bad of [
      '',
      '3201021990030712',
      '3201021990030712345',
      '02010219900307123X',
      '3201021990030712A4',
    ]) {
      expect(isValidResidentIdNumber(bad, today)).toBe(false);
    }
  });

  it('normalises spaces and a lower-case x', () => {
    expect(normaliseResidentIdNumber(' 110105 19491231 002x ')).toBe(standardExample);
  });

  it('masks all but the region prefix and the last four', () => {
    expect(maskResidentIdNumber('320102199003071234')).toBe('3201**********1234');
    expect(maskResidentIdNumber('1234')).toBe('****');
  });
});
