import { ForbiddenException } from '@nestjs/common';
import { Principal } from './principal';

/** Officers of the bureau oversee everything; anyone else only what is theirs. */
export function canAccessOwnedBy(principal: Principal, ownerUserId: string): boolean {
  return principal.role === 'officer' || principal.userId === ownerUserId;
}

export function assertOwner(principal: Principal, ownerUserId: string): void {
  if (!canAccessOwnedBy(principal, ownerUserId))
    throw new ForbiddenException('this resource belongs to someone else');
}

export function canActForOrganisation(principal: Principal, organisationId: string): boolean {
  return principal.role === 'officer' || principal.organisationId === organisationId;
}

export function assertOrganisation(principal: Principal, organisationId: string): void {
  if (!canActForOrganisation(principal, organisationId)) {
    throw new ForbiddenException('this resource belongs to another organisation');
  }
}

/** The organisation an employer (or bank, base) acts for; refuses callers that have none. */
export function requireOrganisation(principal: Principal): string {
  if (!principal.organisationId)
    throw new ForbiddenException('your account is not linked to an organisation');
  return principal.organisationId;
}
