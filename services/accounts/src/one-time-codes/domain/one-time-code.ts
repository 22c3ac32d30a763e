import { randomInt, timingSafeEqual } from 'node:crypto';

/**
 * One-time codes, whatever they are for (a password reset, proving a login is one's own): how long a
 * code works, and how many codes may be tried against one request.
 */
export const CODE_LIFETIME_MINUTES = 15;
export const CODE_MAX_ATTEMPTS = 5;

const SIX_DIGITS = /^\d{6}$/;

/** Six digits from the system's CSPRNG, leading zeros kept: what a person reads out of a message. */
export function newCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/** What a person typed, read as six digits (spaces a phone may put in dropped), or undefined. */
export function readCode(text: string): string | undefined {
  const digits = text.replace(/\s/g, '');
  return SIX_DIGITS.test(digits) ? digits : undefined;
}

export function codeExpiry(requestedAt: Date): Date {
  return new Date(requestedAt.getTime() + CODE_LIFETIME_MINUTES * 60_000);
}

/** The stored state of one request, as the confirmation sees it. */
export interface CodeRequestState {
  codeDigest: string;
  expiresAt: Date;
}

/**
 * Why a code is not accepted, or undefined when it is. `attempt` is the slot this try claimed (0-based),
 * or undefined when every slot was taken: a request allows `CODE_MAX_ATTEMPTS` tries, right or wrong,
 * so that six digits cannot be guessed. `used` says the code did its work already.
 */
export type CodeRefusal = 'no-request' | 'expired' | 'too-many-attempts' | 'wrong-code' | 'used';

export function codeRefusal(
  request: CodeRequestState | undefined,
  givenDigest: string,
  state: { now: Date; attempt: number | undefined; used: boolean },
): CodeRefusal | undefined {
  if (!request) return 'no-request';
  if (state.attempt === undefined || state.attempt >= CODE_MAX_ATTEMPTS) return 'too-many-attempts';
  if (request.expiresAt <= state.now) return 'expired';
  if (!digestsEqual(givenDigest, request.codeDigest)) return 'wrong-code';
  if (state.used) return 'used';
  return undefined;
}

function digestsEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
