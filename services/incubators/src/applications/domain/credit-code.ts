/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-character
 * alphabet (no I, O, S, V, Z); the last is a check character computed from the first 17 with fixed
 * weights, modulo 31. A typo in any one character changes it, so a mistyped code is refused.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export function creditCodeCheckCharacter(first17: string): string {
  const sum = [...first17].reduce((total, char, index) => total + ALPHABET.indexOf(char) * WEIGHTS[index], 0);
  return ALPHABET[(31 - (sum % 31)) % 31];
}

/** Why a code is not a valid unified social credit code, or undefined when it is. */
export function creditCodeProblem(code: string): string | undefined {
  if (code.length !== 18) return 'must be 18 characters';
  if (!SHAPE.test(code))
    return 'must be digits and capital letters other than I, O, S, V and Z, with a 6-digit area code';
  if (creditCodeCheckCharacter(code.slice(0, 17)) !== code[17])
    return 'its check character does not match: the code is mistyped';
  return undefined;
}
