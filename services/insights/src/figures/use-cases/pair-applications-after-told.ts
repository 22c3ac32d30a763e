import { Injectable } from '@nestjs/common';
import type { applicationSubmitted, EventEnvelope, JobToldPayload, PayloadOf } from '@vetlink/contracts';
import { ErasedVeterans } from '@vetlink/privacy';
import { applicationSide, tellingSide, type EngagementFact } from '../domain/applied-after-told';
import { joinAndClaim } from '../domain/join';
import { JoinMemoryRepository } from '../join-memory.repository';
import { pairEachOfVeterans, type PairsByEvent } from './pair-per-veteran';

type ApplicationSubmittedPayload = PayloadOf<typeof applicationSubmitted>;

/**
 * Applied after told, for a partition batch of applications or of tellings (notifications.job-told):
 * keeps each, joins it with the other side kept for its veteran and job, and answers what this batch counts
 * (domain/applied-after-told.ts). Erased veterans are left out and forgotten (pair-per-veteran.ts).
 */
@Injectable()
export class PairApplicationsAfterTold {
  constructor(
    private readonly memory: JoinMemoryRepository,
    private readonly erased: ErasedVeterans,
  ) {}

  ofApplications(events: readonly EventEnvelope<ApplicationSubmittedPayload>[]): Promise<PairsByEvent> {
    return this.pairEach(events, ({ payload, eventId }) =>
      joinAndClaim(
        this.memory.of<EngagementFact>(),
        applicationSide(payload.veteranId, payload.jobId, {
          kind: 'applied',
          applicationId: payload.applicationId,
          submittedAt: payload.submittedAt,
          ...(payload.cityId ? { cityId: payload.cityId } : {}),
          ...(payload.districtId ? { districtId: payload.districtId } : {}),
        }),
        eventId,
      ),
    );
  }

  ofTellings(events: readonly EventEnvelope<JobToldPayload>[]): Promise<PairsByEvent> {
    return this.pairEach(events, ({ payload, eventId }) =>
      joinAndClaim(
        this.memory.of<EngagementFact>(),
        tellingSide(payload.veteranId, payload.jobId, {
          kind: 'told',
          notificationId: payload.notificationId,
          via: payload.via,
          toldAt: payload.toldAt,
        }),
        eventId,
      ),
    );
  }

  private pairEach<Payload extends { veteranId: string }>(
    events: readonly EventEnvelope<Payload>[],
    pair: Parameters<typeof pairEachOfVeterans<Payload>>[3],
  ): Promise<PairsByEvent> {
    return pairEachOfVeterans(this.erased, (veteranId) => this.memory.forgetVeteran(veteranId), events, pair);
  }
}
