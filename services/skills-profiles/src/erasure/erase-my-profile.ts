import { Inject, Injectable } from '@nestjs/common';
import { Clock, CLOCK } from '@vetlink/clock';
import { ConflictError, NotFoundError } from '@vetlink/http';
import { veteranErasedEvent } from '../profiles/profile-events';
import { ProfilesRepository } from '../profiles/profiles.repository';

/**
 * The veteran's right to erasure: the profile becomes a tombstone without personal data in one write
 * that also queues `profiles.veteran-erased`, which every service (this one included) acts on.
 */
@Injectable()
export class EraseMyProfile {
  constructor(
    private readonly profiles: ProfilesRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Repeating it after success changes nothing (the veteran may not have seen the first answer). */
  async execute(veteranId: string): Promise<void> {
    const current = await this.profiles.findById(veteranId);
    if (!current) {
      if (await this.profiles.isErased(veteranId)) return;
      throw new NotFoundError('you have no profile');
    }
    const now = this.clock.now();
    const revision = current.revision + 1;
    const erased = {
      _id: veteranId,
      revision,
      identity: { idNumberIndex: `erased:${veteranId}` },
      erasedAt: now,
      createdAt: current.createdAt,
      updatedAt: now,
    };
    const written = await this.profiles.erase(
      current.revision,
      erased,
      veteranErasedEvent(veteranId, revision, now),
    );
    if (!written)
      throw new ConflictError('the profile changed while it was being erased; ask for the erasure again');
  }
}
