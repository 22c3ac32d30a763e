import { STRENGTH_WEIGHTS, strongerOf, type Strength } from './vocabulary';

export interface Provenance {
  kind: 'specialty' | 'training' | 'certificate';
  id: string;
}

/** One source's statement that the veteran has a skill or suits an occupation. */
export interface Claim {
  targetId: string;
  strength: Strength;
  from: Provenance;
}

export interface MergedClaim {
  targetId: string;
  strength: Strength;
  from: Provenance[];
}

/**
 * Several sources often back the same skill; the strongest one decides its strength and every source
 * is kept, because each is a reason shown to the veteran. Strongest first, then by id for stable output.
 */
export function mergeClaims(claims: readonly Claim[]): MergedClaim[] {
  const merged = new Map<string, MergedClaim>();
  for (const claim of claims) {
    const existing = merged.get(claim.targetId);
    if (existing === undefined) {
      merged.set(claim.targetId, { targetId: claim.targetId, strength: claim.strength, from: [claim.from] });
      continue;
    }
    existing.strength = strongerOf(existing.strength, claim.strength);
    if (!existing.from.some((source) => sameSource(source, claim.from))) existing.from.push(claim.from);
  }
  return [...merged.values()].sort(
    (a, b) =>
      STRENGTH_WEIGHTS[b.strength] - STRENGTH_WEIGHTS[a.strength] || a.targetId.localeCompare(b.targetId),
  );
}

function sameSource(a: Provenance, b: Provenance): boolean {
  return a.kind === b.kind && a.id === b.id;
}
