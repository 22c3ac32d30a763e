import { AccessTokenVerifier } from '@vetlink/auth';

const CACHE_SIZE = 10_000;

/**
 * Who a request's token names, only to count requests per user: the token is verified (a forged one
 * would let anyone spend another user's allowance or escape their own), the services verify it again.
 * Verified tokens are remembered until they expire, so a busy client costs one verification.
 */
export class TokenIdentity {
  private readonly cache = new Map<string, { userId: string; expiresAtMs: number }>();

  constructor(private readonly verifier: AccessTokenVerifier) {}

  async userOf(authorization: string | undefined): Promise<string | undefined> {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    if (!token) return undefined;
    const now = Date.now();
    const cached = this.cache.get(token);
    if (cached && cached.expiresAtMs > now) return cached.userId;
    const principal = await this.verifier.verify(token);
    if (!principal) return undefined;
    if (this.cache.size >= CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(token, { userId: principal.userId, expiresAtMs: expiryOf(token) ?? now + 60_000 });
    return principal.userId;
  }
}

function expiryOf(token: string): number | undefined {
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { exp?: number };
    return typeof payload.exp === 'number' ? payload.exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}
