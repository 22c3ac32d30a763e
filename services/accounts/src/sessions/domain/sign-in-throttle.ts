/**
 * The limits on guessing passwords. Per account: after `failuresBeforeLock` wrong passwords within
 * `failureWindowSeconds` the account is locked for `lockSeconds` (a clear message says until when).
 * Per address: at most `attemptsPerAddress` sign-ins within `addressWindowSeconds`, whoever they are
 * for, so that one address cannot lock out many accounts or spray one password over all of them.
 */
export interface ThrottleRules {
  failuresBeforeLock: number;
  failureWindowSeconds: number;
  lockSeconds: number;
  attemptsPerAddress: number;
  addressWindowSeconds: number;
}

export const DEFAULT_THROTTLE_RULES: ThrottleRules = {
  failuresBeforeLock: 5,
  failureWindowSeconds: 15 * 60,
  lockSeconds: 15 * 60,
  attemptsPerAddress: 30,
  addressWindowSeconds: 10 * 60,
};

/** Whole minutes, rounded up, for a message a person reads. */
export function minutesText(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

export function lockedMessage(secondsLeft: number): string {
  return `this account is locked after repeated failed sign-ins; try again in ${minutesText(secondsLeft)} or reset the password`;
}

export function addressThrottledMessage(secondsLeft: number): string {
  return `too many sign-in attempts from this address; try again in ${minutesText(secondsLeft)}`;
}
