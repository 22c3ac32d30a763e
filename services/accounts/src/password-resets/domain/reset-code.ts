import { randomInt, timingSafeEqual } from 'node:crypto';

/** How long a code works, and how many codes may be tried against one request. */
export const RESET_CODE_LIFETIME_MINUTES = 15;
export const RESET_CODE_MAX_ATTEMPTS = 5;

const SIX_DIGITS = /^\d{6}$/;

/** Six digits from the system's CSPRNG, leading zeros kept: what a person reads out of a message. */
export function newResetCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/** What a person typed, read as six digits (spaces a phone may put in dropped), or undefined. */
export function readResetCode(text: string): string | undefined {
  const digits = text.replace(/\s/g, '');
  return SIX_DIGITS.test(digits) ? digits : undefined;
}

export function resetCodeExpiry(requestedAt: Date): Date {
  return new Date(requestedAt.getTime() + RESET_CODE_LIFETIME_MINUTES * 60_000);
}

/** The stored state of one request, as the confirmation sees it. */
export interface ResetRequestState {
  codeDigest: string;
  expiresAt: Date;
}

/**
 * Why a code is not accepted, or undefined when it is. `attempt` is the slot this try claimed (0-based),
 * or undefined when every slot was taken: a request allows `RESET_CODE_MAX_ATTEMPTS` tries, right or
 * wrong, so that six digits cannot be guessed. `used` says the code reset the password already.
 */
export type ResetRefusal = 'no-request' | 'expired' | 'too-many-attempts' | 'wrong-code' | 'used';

export function resetRefusal(
  request: ResetRequestState | undefined,
  givenDigest: string,
  state: { now: Date; attempt: number | undefined; used: boolean },
): ResetRefusal | undefined {
  if (!request) return 'no-request';
  if (state.attempt === undefined || state.attempt >= RESET_CODE_MAX_ATTEMPTS) return 'too-many-attempts';
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
