import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * A refresh token is `rt1.<id>.<secret>`: the id finds its record by `_id` (the one indexed lookup on
 * FerretDB), the secret is kept only as a SHA-256 digest (it is 256 random bits, so a slow hash adds
 * nothing), so a copy of the database signs nobody in.
 */
export interface RefreshTokenParts {
  id: string;
  secret: string;
}

const PREFIX = 'rt1';
const SHAPE = /^rt1\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/;

export function newRefreshToken(): RefreshTokenParts & { text: string } {
  const id = randomBytes(16).toString('base64url');
  const secret = randomBytes(32).toString('base64url');
  return { id, secret, text: `${PREFIX}.${id}.${secret}` };
}

export function parseRefreshToken(text: string): RefreshTokenParts | undefined {
  const match = SHAPE.exec(text);
  return match ? { id: match[1], secret: match[2] } : undefined;
}

export function digestSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}

export function secretMatches(secret: string, storedDigest: string): boolean {
  const given = Buffer.from(digestSecret(secret));
  const stored = Buffer.from(storedDigest);
  return given.length === stored.length && timingSafeEqual(given, stored);
}

/** One signed-in device: a chain of refresh tokens, each replacing the one before. */
export interface RefreshTokenRecord {
  id: string;
  accountId: string;
  /** The chain this token belongs to; signing out revokes the whole chain. */
  familyId: string;
  secretDigest: string;
  issuedAt: Date;
  expiresAt: Date;
}

export type RefreshRefusal = 'unknown' | 'expired' | 'revoked' | 'reused' | 'account-disabled';

/**
 * Whether a presented token may be exchanged, given what is stored. `replaced` means the token was
 * already exchanged once: a second use is a stolen copy or a lost race, and the chain is revoked.
 */
export function refreshRefusal(
  token: RefreshTokenRecord | undefined,
  secret: string,
  state: {
    now: Date;
    familyRevoked: boolean;
    replaced: boolean;
    sessionsValidFrom?: Date;
    accountActive: boolean;
  },
): RefreshRefusal | undefined {
  if (!token || !secretMatches(secret, token.secretDigest)) return 'unknown';
  if (state.familyRevoked) return 'revoked';
  if (state.replaced) return 'reused';
  if (token.expiresAt <= state.now) return 'expired';
  if (!state.accountActive) return 'account-disabled';
  if (state.sessionsValidFrom && token.issuedAt < state.sessionsValidFrom) return 'revoked';
  return undefined;
}
