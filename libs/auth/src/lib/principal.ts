/**
 * `bank-staff` act for one partner bank, `base-staff` for one incubation base, `training-provider` for one
 * training provider (a school or centre that runs the bureau's courses): their token's `org` claim is the
 * bank's, the base's or the provider's id (see `requireOrganisation`).
 */
export const ROLES = [
  'veteran',
  'employer',
  'mentor',
  'officer',
  'bank-staff',
  'base-staff',
  'training-provider',
] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling, as proven by a verified access token; never taken from a plain header. */
export interface Principal {
  userId: string;
  role: Role;
  /** The employer, bank, base or training provider the caller acts for; officers carry the bureau's id. */
  organisationId?: string;
  /** The token's id (`jti`), by which the issuer can revoke it before it expires. */
  tokenId?: string;
}

/** The claims an access token carries (issued by the gateway, verified by every service). */
export interface AccessTokenClaims {
  sub: string;
  role: Role;
  org?: string;
  jti?: string;
}

export function principalFromClaims(claims: Partial<AccessTokenClaims>): Principal | undefined {
  if (typeof claims.sub !== 'string' || !claims.sub) return undefined;
  if (!ROLES.includes(claims.role as Role)) return undefined;
  const organisationId = typeof claims.org === 'string' && claims.org ? claims.org : undefined;
  const tokenId = typeof claims.jti === 'string' && claims.jti ? claims.jti : undefined;
  return {
    userId: claims.sub,
    role: claims.role as Role,
    ...(organisationId ? { organisationId } : {}),
    ...(tokenId ? { tokenId } : {}),
  };
}
