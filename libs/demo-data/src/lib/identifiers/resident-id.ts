import type { DemoRandom } from '../random';

/**
 * PRC resident identity numbers (GB 11643-1999): region code (6), birth date YYYYMMDD (8), sequence
 * number (3, odd for men, even for women) and an ISO 7064 MOD 11-2 check character.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

export type Sex = 'male' | 'female';

export function residentIdCheckCharacter(first17: string): string {
  const sum = WEIGHTS.reduce((total, weight, index) => total + weight * Number(first17[index]), 0);
  return CHECK_CHARACTERS.charAt(sum % 11);
}

/** Shape, a calendar birth date in the past and the check character. */
export function isValidResidentIdNumber(idNumber: string, today: Date = new Date()): boolean {
  if (!/^[1-9]\d{16}[\dX]$/.test(idNumber)) return false;
  const birth = birthDateOf(idNumber);
  if (!birth || birth.getTime() > today.getTime()) return false;
  return residentIdCheckCharacter(idNumber.slice(0, 17)) === idNumber.charAt(17);
}

/** The birth date the number encodes (UTC midnight), or undefined when it is not a calendar date. */
export function birthDateOf(idNumber: string): Date | undefined {
  const year = Number(idNumber.slice(6, 10));
  const month = Number(idNumber.slice(10, 12));
  const day = Number(idNumber.slice(12, 14));
  const date = new Date(Date.UTC(year, month - 1, day));
  const isCalendarDate =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return isCalendarDate && year >= 1900 ? date : undefined;
}

/** The sex the sequence number encodes. */
export function sexOf(idNumber: string): Sex {
  return Number(idNumber.charAt(16)) % 2 === 1 ? 'male' : 'female';
}

/** `birthDate` as YYYY-MM-DD. */
export function residentIdNumber(
  random: DemoRandom,
  regionCode: string,
  birthDate: string,
  sex: Sex,
): string {
  const sequence = `${random.characters('0123456789', 2)}${2 * random.int(0, 4) + (sex === 'male' ? 1 : 0)}`;
  const first17 = `${regionCode}${birthDate.replace(/-/g, '')}${sequence}`;
  return first17 + residentIdCheckCharacter(first17);
}
