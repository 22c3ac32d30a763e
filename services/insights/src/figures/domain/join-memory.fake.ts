import type { FactSlot, JoinMemory } from './join';

/** The join memory's contract in a few lines, for unit tests: facts kept once per id in arrival order, claims that answer their holder. */
export class FakeJoinMemory<Fact> implements JoinMemory<Fact> {
  readonly facts = new Map<string, { factId: string; fact: Fact }[]>();
  readonly claims = new Map<string, string>();

  async remember(slot: FactSlot, fact: Fact) {
    const kept = this.facts.get(`${slot.key}|${slot.kind}`) ?? [];
    if (!kept.some((entry) => entry.factId === slot.factId)) kept.push({ factId: slot.factId, fact });
    this.facts.set(`${slot.key}|${slot.kind}`, kept);
  }
  async factsOf(key: string, kind: string) {
    return (this.facts.get(`${key}|${kind}`) ?? []).map((entry) => entry.fact);
  }
  async claim(claimId: string, eventId: string) {
    if (!this.claims.has(claimId)) this.claims.set(claimId, eventId);
    return this.claims.get(claimId) as string;
  }
}
