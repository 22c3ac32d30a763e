import { Injectable } from '@nestjs/common';
import type { jobClosed, jobPosted, jobUpdated, PayloadOf } from '@vetlink/contracts';
import {
  jobClosedFreshness,
  jobFingerprint,
  jobForMatching,
  jobSnapshotOf,
  jobSnapshotFreshness,
} from '@vetlink/matching-score';
import { newSinceAfter } from './domain/job-newness';
import { ReadModelRepository } from './read-model.repository';
import type { JobRecord } from './read-model.schema';

type SnapshotEvent =
  | { kind: 'posted'; payload: PayloadOf<typeof jobPosted> }
  | { kind: 'updated'; payload: PayloadOf<typeof jobUpdated> };

/** jobs.* events into the read model: the newest snapshot, when it became new, its fingerprint. */
@Injectable()
export class ApplyJobEvents {
  constructor(private readonly readModel: ReadModelRepository) {}

  posted(payload: PayloadOf<typeof jobPosted>): Promise<void> {
    return this.applySnapshot({ kind: 'posted', payload });
  }

  updated(payload: PayloadOf<typeof jobUpdated>): Promise<void> {
    return this.applySnapshot({ kind: 'updated', payload });
  }

  async closed(payload: PayloadOf<typeof jobClosed>): Promise<void> {
    const held = await this.readModel.findJob(payload.jobId);
    if (jobClosedFreshness(held) !== 'newer') return;
    const tombstone: JobRecord = {
      _id: payload.jobId,
      status: 'closed',
      updatedAt: held?.updatedAt ?? null,
      snapshot: null,
      newSince: null,
      fingerprint: null,
    };
    await this.readModel.saveJob(tombstone, held !== null);
  }

  private async applySnapshot(event: SnapshotEvent): Promise<void> {
    const { payload } = event;
    const held = await this.readModel.findJob(payload.jobId);
    if (jobSnapshotFreshness(held, payload.updatedAt) !== 'newer') return;
    const snapshot = jobSnapshotOf(payload);
    const record: JobRecord = {
      _id: payload.jobId,
      status: payload.status === 'open' || payload.status === 'paused' ? payload.status : 'closed',
      updatedAt: payload.updatedAt,
      snapshot,
      newSince: newSinceAfter(
        held,
        event.kind === 'posted'
          ? { kind: 'posted', postedAt: event.payload.postedAt }
          : {
              kind: 'updated',
              materialChange: event.payload.materialChange,
              updatedAt: event.payload.updatedAt,
            },
      ),
      fingerprint: jobFingerprint(jobForMatching(snapshot)),
    };
    await this.readModel.saveJob(record, held !== null);
  }
}
