import { JwtService } from '@nestjs/jwt';
import type { AuthConfig } from '@vetlink/config';
import { AccessTokenClaims, Principal, principalFromClaims } from './principal';
import { lifetimeProblem } from './token-lifetime';
import { VerifiedTokens } from './verified-tokens';

type VerifiedClaims = AccessTokenClaims & { exp?: unknown; iat?: unknown; nbf?: unknown };

/** Asymmetric algorithms only: a service holds the public key and can verify but never mint. */
export const ACCESS_TOKEN_ALGORITHMS = ['ES256', 'RS256'] as const;

export class AccessTokenVerifier {
  private readonly jwt = new JwtService();
  private readonly verified = new VerifiedTokens<VerifiedClaims>();

  constructor(
    private readonly config: AuthConfig,
    private readonly nowSeconds: () => number = () => Math.floor(Date.now() / 1000),
  ) {}

  /**
   * Resolves to the caller, or undefined for a token that is forged, for another audience or issuer,
   * not yet valid (nbf), expired, without an expiry, or living longer than the maximum lifetime.
   */
  async verify(token: string): Promise<Principal | undefined> {
    const claims = this.verified.get(token) ?? (await this.checkSignature(token));
    if (!claims || lifetimeProblem(claims, this.nowSeconds(), this.config)) return undefined;
    return principalFromClaims(claims);
  }

  /** Signature, algorithm, issuer and audience, once per token; the time is judged on every use. */
  private async checkSignature(token: string): Promise<VerifiedClaims | undefined> {
    try {
      const claims = await this.jwt.verifyAsync<VerifiedClaims>(token, {
        publicKey: this.config.publicKey,
        algorithms: [...ACCESS_TOKEN_ALGORITHMS],
        issuer: this.config.issuer,
        audience: this.config.audience,
        ignoreExpiration: true,
        ignoreNotBefore: true,
      });
      this.verified.remember(token, claims);
      return claims;
    } catch {
      return undefined;
    }
  }
}
