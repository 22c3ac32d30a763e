import { Injectable } from '@nestjs/common';
import type { CourseCompletedPayload, EventEnvelope, PayloadOf, veteranHired } from '@vetlink/contracts';
import { ErasedVeterans } from '@vetlink/privacy';
import type { Contribution } from '../domain/contribution';
import { pairCompletion, pairHire } from '../domain/pairing';
import { completionOf } from '../domain/training-contributions';
import { OutcomeMemoryRepository } from '../outcome-memory.repository';

type VeteranHiredPayload = PayloadOf<typeof veteranHired>;

/** Each event's pair contributions, by event id (none for most events). */
export type PairsByEvent = Map<string, Contribution[]>;

/**
 * Completion → hire within 90 days for a partition batch of completions or of hires: remembers each one,
 * pairs it with what the veteran's other side already holds, and answers the pairs this batch counts. An
 * erased veteran is neither remembered nor paired; one erased while the batch ran is forgotten again at
 * its end (the erasure handler may have run between our check and our write).
 */
@Injectable()
export class PairTrainingOutcomes {
  constructor(
    private readonly memory: OutcomeMemoryRepository,
    private readonly erased: ErasedVeterans,
  ) {}

  ofCompletions(events: readonly EventEnvelope<CourseCompletedPayload>[]): Promise<PairsByEvent> {
    return this.pairEach(events, (event) =>
      pairCompletion(this.memory, completionOf(event.payload), event.eventId),
    );
  }

  ofHires(events: readonly EventEnvelope<VeteranHiredPayload>[]): Promise<PairsByEvent> {
    return this.pairEach(events, (event) =>
      pairHire(
        this.memory,
        {
          veteranId: event.payload.veteranId,
          applicationId: event.payload.applicationId,
          hiredAt: event.payload.hiredAt,
        },
        event.eventId,
      ),
    );
  }

  private async pairEach<Payload extends { veteranId: string }>(
    events: readonly EventEnvelope<Payload>[],
    pair: (event: EventEnvelope<Payload>) => Promise<Contribution[]>,
  ): Promise<PairsByEvent> {
    const pairs: PairsByEvent = new Map();
    const veteranIds = events.map((event) => event.payload.veteranId);
    if (veteranIds.length === 0) return pairs;
    const erasedBefore = await this.erased.erasedAmong(veteranIds);
    // In partition order: two events of one veteran in a batch see each other.
    for (const event of events) {
      if (erasedBefore.has(event.payload.veteranId)) continue;
      pairs.set(event.eventId, await pair(event));
    }
    for (const veteranId of await this.erased.erasedAmong(veteranIds))
      if (!erasedBefore.has(veteranId)) await this.memory.forget(veteranId);
    return pairs;
  }
}
