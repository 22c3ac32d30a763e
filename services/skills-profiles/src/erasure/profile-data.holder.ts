import { Injectable } from '@nestjs/common';
import { VeteranDataHolder } from '@vetlink/privacy';
import { toFullProfileView } from '../profiles/profile.views';
import { ProfilesRepository } from '../profiles/profiles.repository';

/** The profile, clear identity included, and the consent log: the `profile` section of the export. */
@Injectable()
export class ProfileDataHolder extends VeteranDataHolder {
  readonly section = 'profile';

  constructor(private readonly profiles: ProfilesRepository) {
    super();
  }

  async exportFor(veteranId: string): Promise<unknown> {
    const profile = await this.profiles.findById(veteranId);
    if (!profile) return null;
    return { ...toFullProfileView(profile), consentLog: await this.profiles.consentLog(veteranId) };
  }

  /** Nothing left: the erasure request itself turned the profile into a tombstone before the event went out. */
  async eraseFor(): Promise<void> {
    return;
  }
}
