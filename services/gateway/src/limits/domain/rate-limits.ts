/**
 * Fixed one-minute windows, counted in Redis so that every gateway instance shares them: per signed-in
 * user (by the verified token's subject) and per address. A caller without a valid token is counted by
 * address alone; the service behind will refuse the token anyway.
 */
export interface RateLimits {
  perUserPerMinute: number;
  perAddressPerMinute: number;
}

export interface WindowCounts {
  user?: number;
  address: number;
  /** Seconds until the window ends. */
  resetSeconds: number;
}

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  resetSeconds: number;
  /** Which limit refused the request. */
  by?: 'user' | 'address';
}

export function windowStart(nowMs: number): { window: number; resetSeconds: number } {
  const window = Math.floor(nowMs / 60_000);
  return { window, resetSeconds: Math.max(1, Math.ceil(((window + 1) * 60_000 - nowMs) / 1000)) };
}

export function decide(limits: RateLimits, counts: WindowCounts): RateDecision {
  const addressLeft = limits.perAddressPerMinute - counts.address;
  const userLeft = counts.user === undefined ? Infinity : limits.perUserPerMinute - counts.user;
  const byUser = userLeft <= addressLeft && counts.user !== undefined;
  const limit = byUser ? limits.perUserPerMinute : limits.perAddressPerMinute;
  const left = Math.min(addressLeft, userLeft);
  return {
    allowed: left >= 0,
    limit,
    remaining: Math.max(0, left),
    resetSeconds: counts.resetSeconds,
    ...(left < 0 ? { by: byUser ? 'user' : 'address' } : {}),
  };
}
