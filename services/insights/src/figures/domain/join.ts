import type { Contribution } from './contribution';

/**
 * Facts kept to join two events that arrive on two topics in any order (a rebuild replays topics in any
 * interleaving, and two instances may handle the two sides at the same moment), and the claims that count
 * a joined pair once. The facts of one kind under one key fill numbered slots, `<key>|<kind>|0`, `|1`, … —
 * each taken by a unique insert, the lowest free one first — so every read is by `_id` (on FerretDB an
 * `_id` range or `$in` scans the whole collection: a second a read at a few thousand documents).
 */
export interface JoinMemory<Fact> {
  /**
   * Keeps the fact in the lowest free slot of its kind under the key, unless a slot holds `factId` already
   * (a repeat is a no-op). Two writers of the same fact at once may both keep it: a fact kept twice pairs
   * the same, and the claims count each pair once.
   */
  remember(slot: FactSlot, fact: Fact, veteranId?: string): Promise<void>;
  /** The facts of a kind under the key: slots 0, 1, … up to the first free one. */
  factsOf(key: string, kind: string): Promise<Fact[]>;
  /**
   * Claims `claimId` for the event `eventId`, a unique insert; answers the id of the event that holds it —
   * this one when it inserted it now or before (a redelivery), else the other's.
   */
  claim(claimId: string, eventId: string, veteranId?: string): Promise<string>;
}

/** Where a fact is kept: its join key, its kind, and what names it among the facts of its kind. */
export interface FactSlot {
  key: string;
  kind: string;
  factId: string;
}

/** A pair this side found: counted when its claim is won. */
export interface JoinedPair {
  claimId: string;
  contribution: Contribution;
}

/** One side of a join as an event brings it: its fact, where it is kept, and the pairs it makes with the other side's. */
export interface JoinSide<Fact> {
  slot: FactSlot;
  fact: Fact;
  /** The other side's kind, read under the same key. */
  otherKind: string;
  /** The veteran the facts name (exported and erased with them), if any. */
  veteranId?: string;
  /** The pairs this fact makes with the other side's facts kept under the key. */
  pairsWith(others: readonly Fact[]): JoinedPair[];
}

/**
 * Each side writes its own fact first, then reads the other's: of two instances handling the two at once,
 * at least one sees the other (a slot is taken only after every lower one is, so a reader that reads after
 * a write sees it), and the claim decides who counts. A redelivered event finds its own claim and counts
 * again; its tally skips the repeat (domain/tally.ts). Answers what this event counts.
 */
export async function joinAndClaim<Fact>(
  memory: JoinMemory<Fact>,
  side: JoinSide<Fact>,
  eventId: string,
): Promise<Contribution[]> {
  await memory.remember(side.slot, side.fact, side.veteranId);
  const others = await memory.factsOf(side.slot.key, side.otherKind);
  const counted: Contribution[] = [];
  for (const pair of side.pairsWith(others)) {
    if ((await memory.claim(pair.claimId, eventId, side.veteranId)) === eventId)
      counted.push(pair.contribution);
  }
  return counted;
}

/** Ids as `_id` parts: encoded, so no id holds the `|` that separates them. */
export function joinIdPart(id: string): string {
  return encodeURIComponent(id);
}

export function joinId(...parts: string[]): string {
  return parts.join('|');
}
