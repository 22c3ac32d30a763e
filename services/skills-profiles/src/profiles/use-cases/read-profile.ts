import { Injectable } from '@nestjs/common';
import { canAccessOwnedBy, Principal } from '@vetlink/auth';
import { ForbiddenError, NotFoundError } from '@vetlink/http';
import { VeteranProfile } from '@vetlink/profiles';
import { ProfilesRepository } from '../profiles.repository';

/**
 * The veteran sees everything; officers everything but a clear ID number and phone (those are an
 * audited disclosure); employers and mentors a masked profile without contact.
 */
export type ProfileAccess = 'full' | 'officer' | 'masked';

export interface ReadableProfile {
  profile: VeteranProfile;
  access: ProfileAccess;
}

/** `me` names the calling veteran's own profile. */
const OWN_PROFILE = 'me';

@Injectable()
export class ReadProfile {
  constructor(private readonly profiles: ProfilesRepository) {}

  async execute(principal: Principal, veteranIdOrMe: string): Promise<ReadableProfile> {
    const veteranId = veteranIdOrMe === OWN_PROFILE ? principal.userId : veteranIdOrMe;
    const access = accessFor(principal, veteranId);
    const profile = await this.profiles.findById(veteranId);
    if (!profile)
      throw new NotFoundError(
        veteranIdOrMe === OWN_PROFILE ? 'you have no profile yet' : `veteran ${veteranId} has no profile`,
      );
    return { profile, access };
  }
}

/** Decided before loading, so a refusal says nothing about whether the profile exists. */
function accessFor(principal: Principal, veteranId: string): ProfileAccess {
  if (principal.role === 'officer') return 'officer';
  if (canAccessOwnedBy(principal, veteranId)) return 'full';
  if (principal.role === 'veteran') throw new ForbiddenError('a veteran may read only their own profile');
  return 'masked';
}
