import { Injectable, Logger } from '@nestjs/common';
import type { jobSeekingStatusChanged, PayloadOf } from '@vetlink/contracts';
import {
  profileSnapshotFreshness,
  statusChangeFreshness,
  type VeteranProfileSnapshot,
} from '@vetlink/matching-score';
import { receivesDigest } from './domain/digest-recipients';
import { ReadModelRepository } from './read-model.repository';
import type { VeteranRecord } from './read-model.schema';

/** profiles.* events into the read model: the newest snapshot and whether the veteran receives the digest. */
@Injectable()
export class ApplyProfileEvents {
  private readonly logger = new Logger(ApplyProfileEvents.name);

  constructor(private readonly readModel: ReadModelRepository) {}

  async snapshot(payload: VeteranProfileSnapshot & { changedFields?: unknown }): Promise<void> {
    const held = await this.readModel.findVeteran(payload.veteranId);
    if (profileSnapshotFreshness(held, payload.revision) !== 'newer') return;
    const { changedFields: _changedFields, ...snapshot } = payload;
    await this.readModel.saveVeteran(recordOf(snapshot), held !== null);
  }

  /** Normally already applied by the profile-updated of the same revision; acts only when that was missed. */
  async jobSeekingStatusChanged(payload: PayloadOf<typeof jobSeekingStatusChanged>): Promise<void> {
    const held = await this.readModel.findVeteran(payload.veteranId);
    const freshness = statusChangeFreshness(held, payload.revision, payload.status);
    if (freshness === 'unknown-veteran') {
      this.logger.warn(
        { veteranId: payload.veteranId },
        'status change for a veteran whose profile was never seen',
      );
      return;
    }
    if (freshness !== 'newer' || !held) return;
    await this.readModel.saveVeteran(recordOf({ ...held.snapshot, jobSeekingStatus: payload.status }), true);
  }
}

function recordOf(snapshot: VeteranProfileSnapshot): VeteranRecord {
  return {
    _id: snapshot.veteranId,
    revision: snapshot.revision,
    jobSeekingStatus: snapshot.jobSeekingStatus,
    receivesDigest: receivesDigest({
      jobSeekingStatus: snapshot.jobSeekingStatus,
      weeklyDigest: snapshot.notificationPreferences.weeklyDigest,
    }),
    snapshot,
  };
}
