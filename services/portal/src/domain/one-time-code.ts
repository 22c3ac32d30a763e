/** A six-digit code as a person typed it (a phone may put spaces in), or undefined when it is not six digits. */
export function readCode(typed: string): string | undefined {
  const digits = typed.replace(/\s/g, '');
  return /^\d{6}$/.test(digits) ? digits : undefined;
}
