import { Injectable } from '@nestjs/common';
import type { jobSeekingStatusChanged, PayloadOf } from '@vetlink/contracts';
import {
  profileSnapshotFreshness,
  statusChangeFreshness,
  veteranForMatching,
  type VeteranProfileSnapshot,
} from '@vetlink/matching-score';
import { SkillGapReadModel } from './read-model.repository';

/**
 * profiles.* events into the read model: the veteran as the score reads them, ordered by revision.
 * Erasure (profiles.veteran-erased) forgets them through the privacy holder of the collection.
 */
@Injectable()
export class ApplyProfileEvents {
  constructor(private readonly readModel: SkillGapReadModel) {}

  async snapshot(payload: VeteranProfileSnapshot): Promise<void> {
    const held = await this.readModel.findVeteran(payload.veteranId);
    if (profileSnapshotFreshness(held, payload.revision) !== 'newer') return;
    // The name is not needed to score, nor shown here: it is not kept.
    const veteran = { ...veteranForMatching(payload), displayName: '' };
    await this.readModel.saveVeteran(
      {
        _id: payload.veteranId,
        revision: payload.revision,
        jobSeekingStatus: payload.jobSeekingStatus,
        veteran,
      },
      held !== null,
    );
  }

  /** Normally already applied by the profile-updated of the same revision; acts only when that was missed. */
  async jobSeekingStatusChanged(payload: PayloadOf<typeof jobSeekingStatusChanged>): Promise<void> {
    const held = await this.readModel.findVeteran(payload.veteranId);
    if (statusChangeFreshness(held, payload.revision, payload.status) !== 'newer' || !held) return;
    await this.readModel.saveVeteran(
      {
        ...held,
        jobSeekingStatus: payload.status,
        veteran: { ...held.veteran, jobSeekingStatus: payload.status },
      },
      true,
    );
  }
}
