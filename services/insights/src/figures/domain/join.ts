import type { Contribution } from './contribution';

/**
 * Facts kept to join two events that arrive on two topics in any order (a rebuild replays topics in any
 * interleaving, and two instances may handle the two sides at the same moment), and the claims that count
 * a joined pair once. Every fact and claim of one join key lives under `_id`s `<key>|…`, read as one range.
 */
export interface JoinMemory<Fact> {
  /** Keeps the fact under its id, a unique insert: a repeat is a no-op (the first one stays). */
  remember(id: string, fact: Fact, veteranId?: string): Promise<void>;
  /** Every fact kept under the key (claims left out). */
  factsUnder(key: string): Promise<Fact[]>;
  /**
   * Claims `claimId` for the event `eventId`, a unique insert; answers the id of the event that holds it —
   * this one when it inserted it now or before (a redelivery), else the other's.
   */
  claim(claimId: string, eventId: string, veteranId?: string): Promise<string>;
}

/** A pair this side found: counted when its claim is won. */
export interface JoinedPair {
  claimId: string;
  contribution: Contribution;
}

/** One side of a join as an event brings it: its fact, where it is kept, and the pairs it makes with the rest. */
export interface JoinSide<Fact> {
  key: string;
  factId: string;
  fact: Fact;
  /** The veteran the facts name (exported and erased with them), if any. */
  veteranId?: string;
  /** The pairs this fact makes with the facts kept under the key (its own among them). */
  pairsWith(facts: readonly Fact[]): JoinedPair[];
}

/**
 * Each side writes its own fact first, then reads the other's: of two instances handling the two at once,
 * at least one sees the other, and the claim decides who counts. A redelivered event finds its own claim
 * and counts again; its tally skips the repeat (domain/tally.ts). Answers what this event counts.
 */
export async function joinAndClaim<Fact>(
  memory: JoinMemory<Fact>,
  side: JoinSide<Fact>,
  eventId: string,
): Promise<Contribution[]> {
  await memory.remember(side.factId, side.fact, side.veteranId);
  const counted: Contribution[] = [];
  for (const pair of side.pairsWith(await memory.factsUnder(side.key))) {
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
