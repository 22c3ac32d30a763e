import { JwtService } from '@nestjs/jwt';
import type { AuthConfig } from '@vetlink/config';
import { AccessTokenClaims, Principal, principalFromClaims } from './principal';

/** Asymmetric algorithms only: a service holds the public key and can verify but never mint. */
export const ACCESS_TOKEN_ALGORITHMS = ['ES256', 'RS256'] as const;

export class AccessTokenVerifier {
  private readonly jwt = new JwtService();

  constructor(private readonly config: AuthConfig) {}

  /** Resolves to the caller, or undefined for a token that is forged, expired, or for another audience. */
  async verify(token: string): Promise<Principal | undefined> {
    try {
      const claims = await this.jwt.verifyAsync<AccessTokenClaims>(token, {
        publicKey: this.config.publicKey,
        algorithms: [...ACCESS_TOKEN_ALGORITHMS],
        issuer: this.config.issuer,
        audience: this.config.audience,
      });
      return principalFromClaims(claims);
    } catch {
      return undefined;
    }
  }
}
