import { Injectable } from '@nestjs/common';
import { Page } from '@vetlink/persistence';
import { VeteranProfile } from '@vetlink/profiles';
import { ProfileFilter, ProfilesRepository } from '../profiles.repository';

/** Officers' searches by criteria, page by page (by ID number: identity-disclosures, audited). */
@Injectable()
export class FindProfiles {
  constructor(private readonly profiles: ProfilesRepository) {}

  page(filter: ProfileFilter, limit: number, cursor?: string): Promise<Page<VeteranProfile>> {
    return this.profiles.list(filter, limit, cursor);
  }
}
