/** The time claims of a verified token, in seconds since the epoch. */
export interface TimeClaims {
  exp?: unknown;
  iat?: unknown;
  nbf?: unknown;
}

export interface LifetimeRules {
  maxLifetimeSeconds: number;
  clockSkewSeconds: number;
}

/**
 * Why a token's lifetime is not acceptable now, or undefined when it is. A token must expire (a stolen
 * one would otherwise work forever) and not have expired, may not be used before its `nbf` nor issued
 * in the future, each beyond the clock skew, and may not live longer than the maximum from its issue
 * (or, without `iat`, from now).
 */
export function lifetimeProblem(
  claims: TimeClaims,
  nowSeconds: number,
  rules: LifetimeRules,
): string | undefined {
  if (typeof claims.exp !== 'number') return 'the token has no expiry (exp)';
  if (nowSeconds >= claims.exp + rules.clockSkewSeconds) return 'the token has expired';
  if (claims.nbf !== undefined && typeof claims.nbf !== 'number') return 'the token has a malformed nbf';
  if (typeof claims.nbf === 'number' && claims.nbf > nowSeconds + rules.clockSkewSeconds)
    return 'the token is not valid yet (nbf)';
  if (claims.iat !== undefined && typeof claims.iat !== 'number') return 'the token has a malformed iat';
  const issuedAt = (claims.iat as number | undefined) ?? nowSeconds;
  if (issuedAt > nowSeconds + rules.clockSkewSeconds) return 'the token is issued in the future';
  if (claims.exp - issuedAt > rules.maxLifetimeSeconds + rules.clockSkewSeconds)
    return 'the token lives longer than allowed';
  return undefined;
}
