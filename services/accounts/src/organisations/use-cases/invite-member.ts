import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { AccountsRepository } from '../../accounts/accounts.repository';
import { LoginIdentifier } from '../../accounts/domain/login-identifier';
import { digestSecret } from '../../sessions/domain/refresh-token';
import { INVITATION_LIFETIME_DAYS, newInvitationCode } from '../domain/invitation-code';
import { OrganisationsRepository } from '../organisations.repository';
import { assertOrganisationAdmin } from './organisation-admin';

export interface IssuedInvitation {
  invitationId: string;
  organisationId: string;
  invitationCode: string;
  expiresAt: Date;
}

/**
 * The organisation's administrator invites a member by e-mail address or mobile number. The code is
 * answered to the administrator, who passes it on; it is kept only as a digest.
 */
@Injectable()
export class InviteMember {
  constructor(
    private readonly organisations: OrganisationsRepository,
    private readonly accounts: AccountsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(
    caller: Principal,
    organisationId: string,
    login: LoginIdentifier,
  ): Promise<IssuedInvitation> {
    await assertOrganisationAdmin(this.accounts, caller, organisationId);
    const code = newInvitationCode();
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + INVITATION_LIFETIME_DAYS * 86_400_000);
    await this.organisations.insertInvitation({
      id: code.id,
      organisationId,
      invitedBy: caller.userId,
      login,
      secretDigest: digestSecret(code.secret),
      createdAt: now,
      expiresAt,
    });
    return { invitationId: code.id, organisationId, invitationCode: code.text, expiresAt };
  }
}
