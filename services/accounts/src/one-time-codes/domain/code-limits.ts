import { minutesText } from '../../sessions/domain/sign-in-throttle';

/** What a code is asked for; each purpose counts its own windows. */
export type CodePurpose = 'password-reset' | 'login-verification';

/**
 * The limits on asking for codes, the same for every purpose. Per login: at most `requestsPerLogin`
 * codes within `windowSeconds` (for a reset, whether or not an account has that login, so that the limit
 * tells nothing about who has an account), so that nobody floods a person's phone or mailbox. Per
 * address: at most `attemptsPerAddress` requests and confirmations together within `windowSeconds`,
 * whoever they are for.
 */
export interface CodeLimits {
  requestsPerLogin: number;
  attemptsPerAddress: number;
  windowSeconds: number;
}

export const DEFAULT_CODE_LIMITS: CodeLimits = {
  requestsPerLogin: 5,
  attemptsPerAddress: 30,
  windowSeconds: 60 * 60,
};

/** Seconds to wait, or 0, given a window's count after this attempt and the window's seconds left. */
export function waitSeconds(count: number, limit: number, secondsLeft: number): number {
  return count > limit ? Math.max(1, secondsLeft) : 0;
}

export function loginThrottledMessage(secondsLeft: number): string {
  return `too many codes were asked for this login; try again in ${minutesText(secondsLeft)}`;
}

export function addressThrottledMessage(purpose: CodePurpose, secondsLeft: number): string {
  const what = purpose === 'password-reset' ? 'password-reset' : 'login-verification';
  return `too many ${what} attempts from this address; try again in ${minutesText(secondsLeft)}`;
}
