import { Inject, Injectable } from '@nestjs/common';
import { Principal } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { NotFoundError } from '@vetlink/http';
import type { VeteranProfile } from '@vetlink/profiles';
import { randomUUID } from 'node:crypto';
import { ProfilesRepository } from '../profiles/profiles.repository';
import { DisclosedField, IdentityDisclosureRecord } from './identity-disclosure.schema';
import { IdentityDisclosuresRepository } from './identity-disclosures.repository';

export interface Disclosure {
  record: IdentityDisclosureRecord;
  profile: VeteranProfile;
}

/**
 * An officer reads a veteran's ID number or phone in clear, or finds a veteran by ID number. The audit
 * record is written first: no record, no clear value.
 */
@Injectable()
export class DiscloseIdentity {
  constructor(
    private readonly profiles: ProfilesRepository,
    private readonly disclosures: IdentityDisclosuresRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async contact(officer: Principal, veteranId: string, reason: string): Promise<Disclosure> {
    const profile = await this.profiles.findById(veteranId);
    if (!profile) throw new NotFoundError(`veteran ${veteranId} has no profile`);
    return { profile, record: await this.audit(officer, profile, ['idNumber', 'phone'], reason) };
  }

  async byIdNumber(officer: Principal, idNumber: string, reason: string): Promise<Disclosure> {
    const profile = await this.profiles.findByIdNumber(idNumber);
    if (!profile) throw new NotFoundError('no profile has this ID number');
    return { profile, record: await this.audit(officer, profile, ['idNumber'], reason) };
  }

  private async audit(
    officer: Principal,
    profile: VeteranProfile,
    fields: DisclosedField[],
    reason: string,
  ): Promise<IdentityDisclosureRecord> {
    const record: IdentityDisclosureRecord = {
      _id: randomUUID(),
      veteranId: profile.veteranId,
      officerId: officer.userId,
      fields,
      reason,
      at: this.clock.now(),
    };
    await this.disclosures.record(record);
    return record;
  }
}
