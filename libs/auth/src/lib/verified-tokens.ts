/**
 * Tokens whose signature, issuer and audience have been checked, with their claims: a client sends
 * the same token with every request for its whole life (minutes), and checking an ES256 signature
 * costs more than most requests do otherwise. Keyed by the whole token, signature included, so only
 * the very token that was checked finds an entry. What depends on the time (expiry, nbf, lifetime) is
 * judged again on every use by the caller. Bounded: the oldest entry makes room.
 */
export class VerifiedTokens<Claims> {
  private readonly entries = new Map<string, Claims>();

  constructor(private readonly capacity = 10_000) {}

  get(token: string): Claims | undefined {
    return this.entries.get(token);
  }

  remember(token: string, claims: Claims): void {
    if (this.entries.size >= this.capacity && !this.entries.has(token))
      this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(token, claims);
  }
}
