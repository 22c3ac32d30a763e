/**
 * PRC resident identity card numbers (GB 11643-1999): a 6-digit region code, the birth date as
 * YYYYMMDD, a 3-digit sequence number and an ISO 7064 MOD 11-2 check character (0-9 or X).
 */
const SHAPE = /^[1-9]\d{16}[\dX]$/;
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

/** People type the check character in either case and with spaces; stored and compared in one form. */
export function normaliseResidentIdNumber(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

/** The check character that the first 17 characters call for. */
export function residentIdCheckCharacter(first17: string): string {
  const sum = WEIGHTS.reduce((total, weight, index) => total + weight * Number(first17[index]), 0);
  return CHECK_CHARACTERS[sum % 11];
}

/** Shape, a real birth date not in the future, and the check character; expects a normalised number. */
export function isValidResidentIdNumber(idNumber: string, today: Date = new Date()): boolean {
  if (!SHAPE.test(idNumber)) return false;
  if (!isPlausibleBirthDate(idNumber.slice(6, 14), today)) return false;
  return residentIdCheckCharacter(idNumber.slice(0, 17)) === idNumber[17];
}

/** Region prefix and last four only, e.g. 3201**********1234. */
export function maskResidentIdNumber(idNumber: string): string {
  if (idNumber.length <= 8) return '*'.repeat(idNumber.length);
  return `${idNumber.slice(0, 4)}${'*'.repeat(idNumber.length - 8)}${idNumber.slice(-4)}`;
}

function isPlausibleBirthDate(yyyymmdd: string, today: Date): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(year, month - 1, day));
  const isCalendarDate =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return isCalendarDate && year >= 1900 && date.getTime() <= today.getTime();
}
