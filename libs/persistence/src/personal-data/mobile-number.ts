/** Mainland China mobile numbers: 11 digits starting 13-19, optionally written with +86 and separators. */
const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;

/** Strips separators and the country code, so one number has one stored form (and one blind index). */
export function normaliseMobileNumber(input: string): string {
  const digits = input.replace(/[\s-]/g, '');
  return digits.replace(/^(?:\+86|0086|86)(?=1\d{10}$)/, '');
}

/** Expects a normalised number. */
export function isMainlandMobileNumber(phone: string): boolean {
  return MAINLAND_MOBILE.test(phone);
}

/** Operator prefix and last four only, e.g. 138****5678. */
export function maskMobileNumber(phone: string): string {
  if (phone.length <= 7) return '*'.repeat(phone.length);
  return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
}
