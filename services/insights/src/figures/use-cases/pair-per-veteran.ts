import type { EventEnvelope } from '@vetlink/contracts';
import type { ErasedVeterans } from '@vetlink/privacy';
import type { Contribution } from '../domain/contribution';

/** Each event's pair contributions, by event id (none for most events). */
export type PairsByEvent = Map<string, Contribution[]>;

/**
 * Pairs a partition batch of events that name a veteran, in partition order (two events of one veteran in
 * a batch see each other). An erased veteran is neither remembered nor paired; one erased while the batch
 * ran is forgotten again at its end (the erasure handler may have run between our check and our write).
 */
export async function pairEachOfVeterans<Payload extends { veteranId: string }>(
  erased: ErasedVeterans,
  forget: (veteranId: string) => Promise<void>,
  events: readonly EventEnvelope<Payload>[],
  pair: (event: EventEnvelope<Payload>) => Promise<Contribution[]>,
): Promise<PairsByEvent> {
  const pairs: PairsByEvent = new Map();
  const veteranIds = events.map((event) => event.payload.veteranId);
  if (veteranIds.length === 0) return pairs;
  const erasedBefore = await erased.erasedAmong(veteranIds);
  for (const event of events) {
    if (erasedBefore.has(event.payload.veteranId)) continue;
    pairs.set(event.eventId, await pair(event));
  }
  for (const veteranId of await erased.erasedAmong(veteranIds))
    if (!erasedBefore.has(veteranId)) await forget(veteranId);
  return pairs;
}
