import { Inject, Injectable } from '@nestjs/common';
import { Clock, CLOCK } from '@vetlink/clock';
import { ConflictError } from '@vetlink/http';
import {
  applyDraft,
  applyPatch,
  newProfile,
  ProfileDraft,
  ProfilePatch,
  VeteranProfile,
} from '@vetlink/profiles';
import { assertRevision, ProfileWriter } from '../profile-writer';
import { ProfilesRepository } from '../profiles.repository';

export interface SavedProfile {
  profile: VeteranProfile;
  created: boolean;
}

/** A veteran writes their own profile: all of it (creating it the first time), or some sections. */
@Injectable()
export class SaveMyProfile {
  constructor(
    private readonly profiles: ProfilesRepository,
    private readonly writer: ProfileWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async replace(veteranId: string, draft: ProfileDraft, expectedRevision?: number): Promise<SavedProfile> {
    const current = await this.profiles.findById(veteranId);
    if (current) {
      assertRevision(current, expectedRevision);
      return {
        profile: await this.writer.apply(current, (content) => applyDraft(content, draft)),
        created: false,
      };
    }
    if (expectedRevision !== undefined)
      throw new ConflictError(`there is no profile at revision ${expectedRevision}`);
    return {
      profile: await this.writer.create(newProfile(veteranId, draft, this.clock.now())),
      created: true,
    };
  }

  patch(veteranId: string, patch: ProfilePatch, expectedRevision?: number): Promise<VeteranProfile> {
    return this.writer.change(veteranId, (content) => applyPatch(content, patch), expectedRevision);
  }
}
