import type { FieldIssue } from '@vetlink/http';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * Why a new password is refused, or undefined. Length is what matters most (NIST SP 800-63B); the
 * other rules refuse the passwords a guesser tries first. No composition rules: they push people
 * towards `Password1!`.
 */
export function passwordProblem(password: string, field: string, login?: string): FieldIssue | undefined {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH)
    return { field, message: `must be at least ${PASSWORD_MIN_LENGTH} characters` };
  if (length > PASSWORD_MAX_LENGTH)
    return { field, message: `must be at most ${PASSWORD_MAX_LENGTH} characters` };
  if (new Set(password).size < 4) return { field, message: 'uses too few different characters' };
  if (login && password.toLowerCase().includes(login.toLowerCase()))
    return { field, message: 'must not contain the e-mail address or mobile number' };
  if (/^(?:0123456789|1234567890|password|qwertyuiop)/i.test(password))
    return { field, message: 'is too easy to guess' };
  return undefined;
}
