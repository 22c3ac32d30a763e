import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';

export interface Subject {
  userId: string;
  role: 'veteran' | 'employer' | 'mentor' | 'officer' | 'bank-staff' | 'base-staff';
  organisationId?: string;
}

/**
 * Mints access tokens the way the gateway will (ES256, issuer vetlink-gateway, audience vetlink,
 * claims sub / role / org / jti) with the launcher's development key in $VETLINK_HOME/keys, which the
 * local services trust. Tokens are cached per subject and renewed before they expire.
 */
export class DevTokens {
  private readonly jwt: JwtService;
  private readonly cache = new Map<string, { token: string; expiresAt: number }>();
  /** The services' default maximum lifetime for access tokens (AUTH_TOKEN_MAX_LIFETIME_SECONDS). */
  private static readonly LIFETIME_S = 900;

  constructor(
    privateKeyFile: string,
    private readonly issuer = process.env['AUTH_JWT_ISSUER'] ?? 'vetlink-gateway',
    private readonly audience = process.env['AUTH_JWT_AUDIENCE'] ?? 'vetlink',
  ) {
    let privateKey: string;
    try {
      privateKey = readFileSync(privateKeyFile, 'utf8');
    } catch {
      throw new Error(
        `cannot read the development token key ${privateKeyFile}: start the platform with "bash deploy/local/vetlink up" first`,
      );
    }
    this.jwt = new JwtService({ privateKey, signOptions: { algorithm: 'ES256' } });
  }

  bearer(subject: Subject): string {
    const key = `${subject.role}|${subject.userId}|${subject.organisationId ?? ''}`;
    const cached = this.cache.get(key);
    if (cached && cached.expiresAt - Date.now() > 60_000) return cached.token;
    const token = `Bearer ${this.jwt.sign(
      { role: subject.role, ...(subject.organisationId ? { org: subject.organisationId } : {}) },
      {
        subject: subject.userId,
        issuer: this.issuer,
        audience: this.audience,
        expiresIn: DevTokens.LIFETIME_S,
        jwtid: randomUUID(),
      },
    )}`;
    this.cache.set(key, { token, expiresAt: Date.now() + DevTokens.LIFETIME_S * 1000 });
    return token;
  }
}
