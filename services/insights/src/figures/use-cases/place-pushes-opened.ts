import { Injectable } from '@nestjs/common';
import type { EventEnvelope, InboxItemReadPayload, jobPosted, PayloadOf } from '@vetlink/contracts';
import type { Contribution } from '../domain/contribution';
import { jobToPlace } from '../domain/contributions-of';
import { joinAndClaim } from '../domain/join';
import { jobPlaceSide, pushOpenedSide, type PushOpeningFact } from '../domain/push-opened-place';
import { JoinMemoryRepository } from '../join-memory.repository';
import type { PairsByEvent } from './pair-per-veteran';

type JobPostedPayload = PayloadOf<typeof jobPosted>;

/**
 * Job pushes opened, in the job's place: for a partition batch of jobs posted or of inbox items read, keeps
 * each job's place and each push opened, joins them in whichever order they come, and answers what this
 * batch counts (domain/push-opened-place.ts). Nothing here names a veteran.
 */
@Injectable()
export class PlacePushesOpened {
  constructor(private readonly memory: JoinMemoryRepository) {}

  ofJobsPosted(events: readonly EventEnvelope<JobPostedPayload>[]): Promise<PairsByEvent> {
    return this.joinEach(events, ({ payload, eventId }) =>
      joinAndClaim(
        this.memory.of<PushOpeningFact>(),
        jobPlaceSide(payload.jobId, {
          kind: 'job',
          cityId: payload.location.cityId,
          districtId: payload.location.districtId,
        }),
        eventId,
      ),
    );
  }

  /** Only pushes whose event names no city are joined; every other reading counts alone. */
  ofItemsRead(events: readonly EventEnvelope<InboxItemReadPayload>[]): Promise<PairsByEvent> {
    return this.joinEach(events, async ({ payload, eventId }) => {
      const jobId = jobToPlace(payload);
      if (!jobId) return [];
      return joinAndClaim(
        this.memory.of<PushOpeningFact>(),
        pushOpenedSide(jobId, {
          kind: 'opened',
          notificationId: payload.notificationId,
          readAt: payload.readAt,
        }),
        eventId,
      );
    });
  }

  /** In partition order: two events of one job in a batch see each other. */
  private async joinEach<Payload>(
    events: readonly EventEnvelope<Payload>[],
    join: (event: EventEnvelope<Payload>) => Promise<Contribution[]>,
  ): Promise<PairsByEvent> {
    const pairs: PairsByEvent = new Map();
    for (const event of events) pairs.set(event.eventId, await join(event));
    return pairs;
  }
}
