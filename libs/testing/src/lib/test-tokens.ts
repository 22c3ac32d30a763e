import { JwtService } from '@nestjs/jwt';
import { generateKeyPairSync, randomUUID } from 'node:crypto';

/** The caller a token speaks for (structurally the auth lib's Principal; kept apart so auth's own tests can use this). */
export interface TokenSubject {
  userId: string;
  role: string;
  organisationId?: string;
}

/** What a service's auth configuration holds (structurally @vetlink/config's AuthConfig). */
export interface TestAuthConfig {
  publicKey: string;
  issuer: string;
  audience: string;
  maxLifetimeSeconds: number;
  clockSkewSeconds: number;
}

export interface MintOptions {
  /** Seconds from now; `null` leaves the token without an expiry (which services must refuse). */
  expiresIn?: number | null;
  audience?: string;
  issuer?: string;
}

export interface TestTokenIssuer {
  /** What a service under test is configured with: the public half only. */
  authConfig: TestAuthConfig;
  mint(principal: TokenSubject, options?: MintOptions): string;
}

/**
 * Mints access tokens with a throwaway ES256 key pair, standing in for the gateway in tests.
 * The service under test verifies them exactly as it would real ones.
 */
export function createTestTokenIssuer(): TestTokenIssuer {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const authConfig: TestAuthConfig = {
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    issuer: 'vetlink-gateway',
    audience: 'vetlink',
    maxLifetimeSeconds: 900,
    clockSkewSeconds: 30,
  };
  const jwt = new JwtService({
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    signOptions: { algorithm: 'ES256' },
  });
  return {
    authConfig,
    mint(principal, options = {}) {
      return jwt.sign(
        { role: principal.role, ...(principal.organisationId ? { org: principal.organisationId } : {}) },
        {
          subject: principal.userId,
          issuer: options.issuer ?? authConfig.issuer,
          audience: options.audience ?? authConfig.audience,
          jwtid: randomUUID(),
          ...(options.expiresIn === null ? {} : { expiresIn: options.expiresIn ?? 900 }),
        },
      );
    },
  };
}
