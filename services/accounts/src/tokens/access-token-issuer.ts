import { JwtService } from '@nestjs/jwt';
import type { AccessTokenClaims, Principal } from '@vetlink/auth';
import { randomUUID } from 'node:crypto';
import { SigningKey } from './signing-key';

export interface AccessTokenSettings {
  issuer: string;
  audience: string;
  lifetimeSeconds: number;
}

export interface IssuedAccessToken {
  accessToken: string;
  expiresIn: number;
}

/** Signs the short-lived access tokens every service verifies with the public key (`@vetlink/auth`). */
export class AccessTokenIssuer {
  private readonly jwt: JwtService;

  constructor(
    key: SigningKey,
    private readonly settings: AccessTokenSettings,
  ) {
    this.jwt = new JwtService({
      privateKey: key.privateKeyPem,
      signOptions: { algorithm: 'ES256', keyid: key.jwk.kid },
    });
  }

  issue(principal: Principal, nowSeconds: number): IssuedAccessToken {
    const claims: Omit<AccessTokenClaims, 'sub' | 'jti'> & { iat: number } = {
      role: principal.role,
      ...(principal.organisationId ? { org: principal.organisationId } : {}),
      iat: nowSeconds,
    };
    const accessToken = this.jwt.sign(claims, {
      subject: principal.userId,
      issuer: this.settings.issuer,
      audience: this.settings.audience,
      expiresIn: this.settings.lifetimeSeconds,
      jwtid: randomUUID(),
    });
    return { accessToken, expiresIn: this.settings.lifetimeSeconds };
  }
}
