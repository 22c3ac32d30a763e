import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { maskEmailAddress, maskMobileNumber } from '@vetlink/persistence';
import { AccountsRepository } from '../../accounts/accounts.repository';
import type { LoginIdentifier } from '../../accounts/domain/login-identifier';
import { invitationStatus, type InvitationStatus } from '../domain/invitation-status';
import { OrganisationsRepository } from '../organisations.repository';
import { assertOrganisationAdmin } from './organisation-admin';

/** How many of the latest invitations the administrator sees. */
const SHOWN = 50;

export interface InvitationSummary {
  invitationId: string;
  kind: LoginIdentifier['kind'];
  /** The address invited, masked (the administrator typed it; the page need not show it whole). */
  contact: string;
  status: InvitationStatus;
  createdAt: Date;
  expiresAt: Date;
  acceptedAt?: Date;
}

/** The organisation's latest invitations and what became of each, for its administrator. */
@Injectable()
export class ListInvitations {
  constructor(
    private readonly organisations: OrganisationsRepository,
    private readonly accounts: AccountsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(caller: Principal, organisationId: string): Promise<InvitationSummary[]> {
    await assertOrganisationAdmin(this.accounts, caller, organisationId);
    const now = this.clock.now();
    const invitations = await this.organisations.recentInvitations(organisationId, SHOWN);
    return invitations.map((invitation) => ({
      invitationId: invitation.id,
      kind: invitation.login.kind,
      contact:
        invitation.login.kind === 'email'
          ? maskEmailAddress(invitation.login.value)
          : maskMobileNumber(invitation.login.value),
      status: invitationStatus(invitation.expiresAt, invitation.acceptedAt !== undefined, now),
      createdAt: invitation.createdAt,
      expiresAt: invitation.expiresAt,
      ...(invitation.acceptedAt ? { acceptedAt: invitation.acceptedAt } : {}),
    }));
  }
}
