import { creditCodeCheckCharacter, creditCodeProblem } from './credit-code';

describe('unified social credit code', () => {
  it('accepts a well-formed code whose check character matches', () => {
    expect(creditCodeProblem('91350100M000100Y43')).toBeUndefined();
    expect(
      creditCodeProblem(`91320100MA1${'X2Y3K'}Q${creditCodeCheckCharacter('91320100MA1X2Y3KQ')}`),
    ).toBeUndefined();
  });

  it('refuses a mistyped character through the check character', () => {
    expect(creditCodeProblem('91350100M000100Y44')).toMatch(/check character/);
    expect(creditCodeProblem('91350100M000101Y43')).toMatch(/check character/);
  });

  it('refuses a wrong length or letters the standard leaves out', () => {
    expect(creditCodeProblem('91350100M000100Y4')).toMatch(/18 characters/);
    expect(creditCodeProblem('91350100M0001O0Y43')).toMatch(/capital letters/);
  });
});
