/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015), checked as an HR clerk types it:
 * 18 characters from a 31-symbol alphabet (digits and capitals without I, O, S, V, Z), characters 3–8
 * the registering administrative division, the 18th a check character over the first 17 (weights
 * 3^(i-1) mod 31), so that a single mistyped character is caught before job-postings refuses it.
 * job-postings applies the same rules and still decides.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
export const CREDIT_CODE_LENGTH = 18;

/** What the form shows under the field: nothing wrong yet, complete and valid, or one problem. */
export type CreditCodeCheck =
  | { state: 'incomplete'; typed: number }
  | { state: 'valid'; code: string }
  | { state: 'invalid'; problem: CreditCodeProblem; position?: number };

/** i18n keys under `creditCode.` name each problem. */
export type CreditCodeProblem = 'required' | 'character' | 'division' | 'length' | 'checkCharacter';

/** Upper case without spaces: codes are printed in groups and often pasted with them. */
export function normaliseCreditCode(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}

/** The check character the first 17 characters call for. */
export function creditCodeCheckCharacter(first17: string): string {
  const sum = [...first17].reduce(
    (total, character, index) => total + ALPHABET.indexOf(character) * (WEIGHTS[index] ?? 0),
    0,
  );
  return ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/**
 * The code as typed so far: a problem as soon as a character shows it (a letter outside the alphabet,
 * a letter in the division code, a 19th character, a wrong check character), otherwise how far along.
 */
export function checkCreditCodeAsTyped(raw: string): CreditCodeCheck {
  const code = normaliseCreditCode(raw);
  const badCharacter = [...code].findIndex((character) => !ALPHABET.includes(character));
  if (badCharacter >= 0) return { state: 'invalid', problem: 'character', position: badCharacter + 1 };
  const division = code.slice(2, 8);
  const badDigit = [...division].findIndex((character) => !/\d/.test(character));
  if (badDigit >= 0) return { state: 'invalid', problem: 'division', position: badDigit + 3 };
  if (code.length > CREDIT_CODE_LENGTH) return { state: 'invalid', problem: 'length' };
  if (code.length < CREDIT_CODE_LENGTH) return { state: 'incomplete', typed: code.length };
  if (code.charAt(17) !== creditCodeCheckCharacter(code.slice(0, 17)))
    return { state: 'invalid', problem: 'checkCharacter' };
  return { state: 'valid', code };
}

/** The check when the form is sent: an unfinished code is a problem now. */
export function checkCreditCode(raw: string): CreditCodeCheck {
  const check = checkCreditCodeAsTyped(raw);
  if (check.state !== 'incomplete') return check;
  return { state: 'invalid', problem: check.typed === 0 ? 'required' : 'length' };
}
