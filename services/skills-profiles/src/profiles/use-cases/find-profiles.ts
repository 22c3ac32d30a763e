import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@vetlink/http';
import { Page } from '@vetlink/persistence';
import { VeteranProfile } from '@vetlink/profiles';
import { ProfileFilter, ProfilesRepository } from '../profiles.repository';

/** Officers' searches: by criteria, page by page, or the one profile that belongs to an ID number. */
@Injectable()
export class FindProfiles {
  constructor(private readonly profiles: ProfilesRepository) {}

  page(filter: ProfileFilter, limit: number, cursor?: string): Promise<Page<VeteranProfile>> {
    return this.profiles.list(filter, limit, cursor);
  }

  async byIdNumber(idNumber: string): Promise<VeteranProfile> {
    const profile = await this.profiles.findByIdNumber(idNumber);
    if (!profile) throw new NotFoundError('no profile has this ID number');
    return profile;
  }
}
