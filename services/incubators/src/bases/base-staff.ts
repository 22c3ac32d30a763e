import type { Principal } from '@vetlink/auth';
import { ForbiddenError } from '@vetlink/http';

/** Officers run every base; base staff the one their token's `org` claim names (granted by an officer). */
export function runsBase(principal: Principal, baseId: string): boolean {
  if (principal.role === 'officer') return true;
  return principal.role === 'base-staff' && principal.organisationId === baseId;
}

export function assertRunsBase(principal: Principal, baseId: string): void {
  if (!runsBase(principal, baseId)) throw new ForbiddenError(`you do not run base ${baseId}`);
}
