import { Injectable } from '@nestjs/common';
import type { CourseCompletedPayload, EventEnvelope, PayloadOf, veteranHired } from '@vetlink/contracts';
import { ErasedVeterans } from '@vetlink/privacy';
import type { Contribution } from '../domain/contribution';
import { joinAndClaim } from '../domain/join';
import { completionSide, hireSide, type OutcomeFact } from '../domain/pairing';
import { completionOf } from '../domain/training-contributions';
import { OutcomeMemoryRepository } from '../outcome-memory.repository';
import { pairEachOfVeterans, type PairsByEvent } from './pair-per-veteran';

type VeteranHiredPayload = PayloadOf<typeof veteranHired>;

/**
 * Completion → hire within 90 days for a partition batch of completions or of hires: keeps each one, joins
 * it with what the veteran's other side already holds, and answers the pairs this batch counts
 * (domain/pairing.ts). Erased veterans are left out and forgotten (pair-per-veteran.ts).
 */
@Injectable()
export class PairTrainingOutcomes {
  constructor(
    private readonly memory: OutcomeMemoryRepository,
    private readonly erased: ErasedVeterans,
  ) {}

  ofCompletions(events: readonly EventEnvelope<CourseCompletedPayload>[]): Promise<PairsByEvent> {
    return this.pairEach(events, ({ payload, eventId }) =>
      joinAndClaim(this.memory.of<OutcomeFact>(), completionSide(completionOf(payload)), eventId),
    );
  }

  ofHires(events: readonly EventEnvelope<VeteranHiredPayload>[]): Promise<PairsByEvent> {
    return this.pairEach(events, ({ payload, eventId }) =>
      joinAndClaim(
        this.memory.of<OutcomeFact>(),
        hireSide({
          veteranId: payload.veteranId,
          applicationId: payload.applicationId,
          hiredAt: payload.hiredAt,
        }),
        eventId,
      ),
    );
  }

  private pairEach<Payload extends { veteranId: string }>(
    events: readonly EventEnvelope<Payload>[],
    pair: (event: EventEnvelope<Payload>) => Promise<Contribution[]>,
  ): Promise<PairsByEvent> {
    return pairEachOfVeterans(this.erased, (veteranId) => this.memory.forgetVeteran(veteranId), events, pair);
  }
}
