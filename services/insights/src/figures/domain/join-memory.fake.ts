import type { JoinMemory } from './join';

/** The join memory's contract in a few lines, for unit tests: inserts that keep the first, claims that answer their holder. */
export class FakeJoinMemory<Fact> implements JoinMemory<Fact> {
  readonly facts = new Map<string, Fact>();
  readonly claims = new Map<string, string>();

  async remember(id: string, fact: Fact) {
    if (!this.facts.has(id)) this.facts.set(id, fact);
  }
  async factsUnder(key: string) {
    return [...this.facts.entries()].filter(([id]) => id.startsWith(`${key}|`)).map(([, fact]) => fact);
  }
  async claim(claimId: string, eventId: string) {
    if (!this.claims.has(claimId)) this.claims.set(claimId, eventId);
    return this.claims.get(claimId) as string;
  }
}
