import { Inject, Injectable } from '@nestjs/common';
import { Clock, CLOCK } from '@vetlink/clock';
import { InvalidInputError, InvalidStateError, NotFoundError } from '@vetlink/http';
import { Account } from '../../accounts/domain/account';
import { CreateAccount } from '../../accounts/use-cases/create-account';
import { secretMatches } from '../../sessions/domain/refresh-token';
import { parseInvitationCode } from '../domain/invitation-code';
import { OrganisationsRepository } from '../organisations.repository';

/** The invited member sets a password; the invitation is used once (a unique insert claims it). */
@Injectable()
export class AcceptInvitation {
  constructor(
    private readonly organisations: OrganisationsRepository,
    private readonly createAccount: CreateAccount,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: { invitationCode: string; password: string }): Promise<Account> {
    const parts = parseInvitationCode(command.invitationCode);
    if (!parts)
      throw new InvalidInputError([{ field: 'invitationCode', message: 'is not an invitation code' }]);
    const invitation = await this.organisations.findInvitation(parts.id);
    if (!invitation || !secretMatches(parts.secret, invitation.secretDigest))
      throw new NotFoundError('no invitation has this code');
    const now = this.clock.now();
    if (invitation.expiresAt <= now)
      throw new InvalidStateError('the invitation has expired: ask for a new one');
    if (await this.organisations.wasUsed(invitation.id))
      throw new InvalidStateError('the invitation was accepted already');
    const accountId = `emp-${invitation.id}`;
    if (!(await this.organisations.claimUse(invitation.id, accountId, now)))
      throw new InvalidStateError('the invitation was accepted already');
    try {
      return await this.createAccount.execute({
        id: accountId,
        role: 'employer',
        login: invitation.login,
        password: command.password,
        organisationId: invitation.organisationId,
      });
    } catch (error) {
      await this.organisations.releaseUse(invitation.id); // nothing half-made: the invitation stays open
      throw error;
    }
  }
}
