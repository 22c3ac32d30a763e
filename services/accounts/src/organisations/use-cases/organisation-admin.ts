import type { Principal } from '@vetlink/auth';
import { ForbiddenError } from '@vetlink/http';
import { AccountsRepository } from '../../accounts/accounts.repository';

/** Only the organisation's administrator manages its invitations. */
export async function assertOrganisationAdmin(
  accounts: AccountsRepository,
  caller: Principal,
  organisationId: string,
): Promise<void> {
  if (caller.organisationId !== organisationId)
    throw new ForbiddenError('this resource belongs to another organisation');
  const account = await accounts.findById(caller.userId);
  if (!account?.organisationAdmin || account.organisationId !== organisationId)
    throw new ForbiddenError("only the organisation's administrator invites members");
}
