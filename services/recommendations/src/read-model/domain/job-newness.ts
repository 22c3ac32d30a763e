/**
 * When a job last became news for the digest: its posting, then each material change (what matching
 * would push again). Pausing and resuming, or editing the description, does not make it new.
 */
export function newSinceAfter(
  held: { newSince: string | null } | null,
  event:
    { kind: 'posted'; postedAt: string } | { kind: 'updated'; materialChange: boolean; updatedAt: string },
): string | null {
  if (event.kind === 'posted') return held?.newSince ?? event.postedAt;
  if (event.materialChange) return event.updatedAt;
  return held?.newSince ?? null;
}
