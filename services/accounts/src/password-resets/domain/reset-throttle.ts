import { minutesText } from '../../sessions/domain/sign-in-throttle';

/**
 * The limits on asking for codes. Per login: at most `requestsPerLogin` codes within `windowSeconds`,
 * whether or not an account has that login (so the limit tells nothing about who has an account), so
 * that nobody floods a person's phone or mailbox. Per address: at most `attemptsPerAddress` requests
 * and confirmations together within `windowSeconds`, whoever they are for.
 */
export interface ResetLimits {
  requestsPerLogin: number;
  attemptsPerAddress: number;
  windowSeconds: number;
}

export const DEFAULT_RESET_LIMITS: ResetLimits = {
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

export function addressThrottledMessage(secondsLeft: number): string {
  return `too many password-reset attempts from this address; try again in ${minutesText(secondsLeft)}`;
}
