/** GB 11643 weights of the first 17 characters, and the check character for each remainder mod 11. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/**
 * A well-formed but made-up resident ID number (Nanjing area code, a 1990 birth date, the run's index
 * as sequence), so that the profile API accepts the intake form without anyone's real number.
 */
export function fakeResidentIdNumber(index: number): string {
  const body = `320100199001${String((index % 28) + 1).padStart(2, '0')}${String(index % 1000).padStart(3, '0')}`;
  const sum = [...body].reduce((total, digit, position) => total + Number(digit) * WEIGHTS[position], 0);
  return body + CHECK[sum % 11];
}
