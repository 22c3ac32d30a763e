import { Injectable } from '@nestjs/common';
import type { PayloadOf, jobClosed, jobPosted, jobUpdated } from '@vetlink/contracts';
import type { PushCause } from '../pushes/domain/push-decision';
import { PushMatches } from '../pushes/push-matches';
import { jobClosedFreshness, jobSnapshotFreshness } from '@vetlink/matching-score';
import { jobForMatching, jobSnapshotOf } from '@vetlink/matching-score';
import { ReadModelRepository } from '../read-model/read-model.repository';
import type { JobRecord } from '../read-model/read-model.schema';
import { SearchSync } from '../search/search-sync';

/**
 * jobs.* events into the read model, the jobs index, and pushes. Each step is idempotent, so a
 * redelivered event (after a crash half-way) redoes what may be missing and nothing twice.
 */
@Injectable()
export class ApplyJobEvents {
  constructor(
    private readonly readModel: ReadModelRepository,
    private readonly search: SearchSync,
    private readonly pushes: PushMatches,
  ) {}

  async posted(payload: PayloadOf<typeof jobPosted>, cause: PushCause): Promise<void> {
    const record = await this.applySnapshot(payload);
    if (record?.status === 'open' && record.snapshot)
      await this.pushes.forJob(jobForMatching(record.snapshot), 'job-posted', cause);
  }

  /**
   * An open job is pushed again only when it changed materially (the ledger then pushes it once more
   * to those who had the older version, and once to newly fitting veterans). A job resumed from pause
   * is offered too, but the ledger lets through only veterans who never had this version.
   */
  async updated(payload: PayloadOf<typeof jobUpdated>, cause: PushCause): Promise<void> {
    const before = await this.readModel.findJob(payload.jobId);
    const record = await this.applySnapshot(payload, before);
    if (record?.status !== 'open' || !record.snapshot) return;
    const resumed = before?.status === 'paused';
    if (payload.materialChange || resumed)
      await this.pushes.forJob(jobForMatching(record.snapshot), 'job-updated', cause);
  }

  async closed(payload: PayloadOf<typeof jobClosed>): Promise<void> {
    const held = await this.readModel.findJob(payload.jobId);
    if (jobClosedFreshness(held) === 'newer') {
      const record: JobRecord = {
        _id: payload.jobId,
        status: 'closed',
        updatedAt: held?.updatedAt ?? null,
        snapshot: held?.snapshot ?? null,
        closedAt: payload.closedAt,
        closeReason: payload.reason,
      };
      await this.readModel.saveJob(record, held !== null);
    }
    await this.search.job({ ...(held ?? emptyJob(payload.jobId)), status: 'closed' });
  }

  /** Writes a newer snapshot; returns the record now held, or undefined when the event is stale. */
  private async applySnapshot(
    payload: PayloadOf<typeof jobPosted> | PayloadOf<typeof jobUpdated>,
    known?: JobRecord | null,
  ): Promise<JobRecord | undefined> {
    const held = known === undefined ? await this.readModel.findJob(payload.jobId) : known;
    const freshness = jobSnapshotFreshness(held, payload.updatedAt);
    if (freshness === 'stale') return undefined;
    const record: JobRecord =
      freshness === 'newer'
        ? {
            _id: payload.jobId,
            status: payload.status,
            updatedAt: payload.updatedAt,
            snapshot: jobSnapshotOf(payload),
            closedAt: null,
            closeReason: null,
          }
        : (held as JobRecord);
    if (freshness === 'newer') await this.readModel.saveJob(record, held !== null);
    await this.search.job(record);
    return record;
  }
}

function emptyJob(jobId: string): JobRecord {
  return { _id: jobId, status: 'closed', updatedAt: null, snapshot: null, closedAt: null, closeReason: null };
}
