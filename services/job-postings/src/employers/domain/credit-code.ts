/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a 31-symbol
 * alphabet (digits and capitals without I, O, S, V, Z). Characters 3–8 are the registering
 * administrative division; the 18th is a check character, so a single mistyped character is caught.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** 3^(i-1) mod 31 for positions 1..17. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function normaliseCreditCode(raw: string): string {
  return raw.trim().toUpperCase();
}

/** The check character that the first 17 characters call for. */
export function creditCodeCheckCharacter(first17: string): string {
  const sum = [...first17].reduce(
    (total, character, index) => total + ALPHABET.indexOf(character) * (WEIGHTS[index] ?? 0),
    0,
  );
  const value = (31 - (sum % 31)) % 31;
  return ALPHABET.charAt(value);
}

/** What is wrong with a (normalised) code, or undefined when it is well formed. */
export function creditCodeProblem(code: string): string | undefined {
  if (code.length !== 18) return 'must be exactly 18 characters';
  if (![...code].every((character) => ALPHABET.includes(character))) {
    return 'may contain only digits and capital letters other than I, O, S, V and Z';
  }
  if (!/^\d{6}$/.test(code.slice(2, 8)))
    return 'characters 3 to 8 must be the 6-digit administrative division code';
  if (code.charAt(17) !== creditCodeCheckCharacter(code.slice(0, 17))) {
    return 'the check character (the 18th) does not match: probably a typing mistake';
  }
  return undefined;
}

export function isValidCreditCode(code: string): boolean {
  return creditCodeProblem(code) === undefined;
}
