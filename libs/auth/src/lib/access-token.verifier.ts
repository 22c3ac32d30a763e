import { JwtService } from '@nestjs/jwt';
import type { AuthConfig } from '@vetlink/config';
import { AccessTokenClaims, Principal, principalFromClaims } from './principal';
import { lifetimeProblem } from './token-lifetime';

/** Asymmetric algorithms only: a service holds the public key and can verify but never mint. */
export const ACCESS_TOKEN_ALGORITHMS = ['ES256', 'RS256'] as const;

export class AccessTokenVerifier {
  private readonly jwt = new JwtService();

  constructor(
    private readonly config: AuthConfig,
    private readonly nowSeconds: () => number = () => Math.floor(Date.now() / 1000),
  ) {}

  /**
   * Resolves to the caller, or undefined for a token that is forged, for another audience or issuer,
   * not yet valid (nbf), expired, without an expiry, or living longer than the maximum lifetime.
   */
  async verify(token: string): Promise<Principal | undefined> {
    let claims: AccessTokenClaims & { exp?: unknown; iat?: unknown };
    try {
      claims = await this.jwt.verifyAsync(token, {
        publicKey: this.config.publicKey,
        algorithms: [...ACCESS_TOKEN_ALGORITHMS],
        issuer: this.config.issuer,
        audience: this.config.audience,
        clockTolerance: this.config.clockSkewSeconds,
        clockTimestamp: this.nowSeconds(),
      });
    } catch {
      return undefined;
    }
    if (lifetimeProblem(claims, this.nowSeconds(), this.config)) return undefined;
    return principalFromClaims(claims);
  }
}
