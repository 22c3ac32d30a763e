import { Injectable, Logger } from '@nestjs/common';
import type { PayloadOf, jobSeekingStatusChanged, profileCreated, profileUpdated } from '@vetlink/contracts';
import type { PushCause } from '../pushes/domain/push-decision';
import { PushMatches } from '../pushes/push-matches';
import { profileSnapshotFreshness, statusChangeFreshness } from '@vetlink/matching-score';
import { veteranForMatching, VeteranProfileSnapshot } from '@vetlink/matching-score';
import { changesMatches } from '../read-model/domain/read-model-rules';
import { ReadModelRepository } from '../read-model/read-model.repository';
import type { VeteranRecord } from '../read-model/read-model.schema';
import { SearchSync } from '../search/search-sync';

/**
 * profiles.* events into the read model, the veterans index, and pushes of new jobs to a veteran who is
 * actively looking. Idempotent step by step, like ApplyJobEvents.
 */
@Injectable()
export class ApplyProfileEvents {
  private readonly logger = new Logger(ApplyProfileEvents.name);

  constructor(
    private readonly readModel: ReadModelRepository,
    private readonly search: SearchSync,
    private readonly pushes: PushMatches,
  ) {}

  async created(payload: PayloadOf<typeof profileCreated>, cause: PushCause): Promise<void> {
    const record = await this.applySnapshot(payload);
    if (record) await this.pushes.forVeteran(veteranForMatching(record.snapshot), cause);
  }

  async updated(payload: PayloadOf<typeof profileUpdated>, cause: PushCause): Promise<void> {
    const record = await this.applySnapshot(payload);
    if (record && changesMatches(payload.changedFields))
      await this.pushes.forVeteran(veteranForMatching(record.snapshot), cause);
  }

  /** Normally already applied by the profile-updated of the same revision; acts only when that was missed. */
  async jobSeekingStatusChanged(
    payload: PayloadOf<typeof jobSeekingStatusChanged>,
    cause: PushCause,
  ): Promise<void> {
    const held = await this.readModel.findVeteran(payload.veteranId);
    const freshness = statusChangeFreshness(held, payload.revision, payload.status);
    if (freshness === 'unknown-veteran') {
      this.logger.warn(
        { veteranId: payload.veteranId },
        'status change for a veteran whose profile matching never saw',
      );
      return;
    }
    if (freshness !== 'newer' || !held) return;
    const record: VeteranRecord = {
      ...held,
      jobSeekingStatus: payload.status,
      snapshot: { ...held.snapshot, jobSeekingStatus: payload.status },
    };
    await this.readModel.setJobSeekingStatus(payload.veteranId, record);
    await this.search.veteran(record);
    await this.pushes.forVeteran(veteranForMatching(record.snapshot), cause);
  }

  private async applySnapshot(
    payload: VeteranProfileSnapshot & { changedFields?: unknown },
  ): Promise<VeteranRecord | undefined> {
    const held = await this.readModel.findVeteran(payload.veteranId);
    const freshness = profileSnapshotFreshness(held, payload.revision);
    if (freshness === 'stale') return undefined;
    const { changedFields: _changedFields, ...snapshot } = payload;
    const record: VeteranRecord =
      freshness === 'newer'
        ? {
            _id: payload.veteranId,
            revision: payload.revision,
            jobSeekingStatus: payload.jobSeekingStatus,
            snapshot,
          }
        : (held as VeteranRecord);
    if (freshness === 'newer') await this.readModel.saveVeteran(record, held !== null);
    await this.search.veteran(record);
    return record;
  }
}
