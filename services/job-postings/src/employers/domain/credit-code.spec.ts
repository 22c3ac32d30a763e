import {
  creditCodeCheckCharacter,
  creditCodeProblem,
  isValidCreditCode,
  normaliseCreditCode,
} from './credit-code';

describe('unified social credit code (GB 32100-2015)', () => {
  it('accepts codes of real organisations', () => {
    for (const code of [
      '914403001922038216',
      '91440300708461136T',
      '91330100799655058B',
      '91110108551385082Q',
    ]) {
      expect(creditCodeProblem(code)).toBeUndefined();
    }
  });

  it('computes the check character from the first 17 characters', () => {
    expect(creditCodeCheckCharacter('91440300708461136')).toBe('T');
    expect(creditCodeCheckCharacter('91440300192203821')).toBe('6');
  });

  it('catches a single mistyped character through the check character', () => {
    expect(creditCodeProblem('914403001922038217')).toMatch(/check character/);
    expect(creditCodeProblem('914403001922038316')).toMatch(/check character/);
  });

  it('names what is wrong with a malformed code', () => {
    expect(creditCodeProblem('9144030019220382')).toMatch(/18 characters/);
    expect(creditCodeProblem('91440300192203821I')).toMatch(/other than I, O, S, V and Z/);
    expect(creditCodeProblem('9144O300192203821A')).toMatch(/other than I/);
    expect(creditCodeProblem('91A40300192203821X')).toMatch(/administrative division/);
  });

  it('normalises case and surrounding spaces before checking', () => {
    expect(isValidCreditCode(normaliseCreditCode(' 91440300708461136t '))).toBe(true);
  });
});
