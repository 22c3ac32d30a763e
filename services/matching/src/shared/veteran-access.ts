import type { Principal } from '@vetlink/auth';
import { ForbiddenError } from '@vetlink/http';

/** Whose matches a caller may see: their own (`me`), or anyone's for officers of the bureau. */
export function veteranIdFor(principal: Principal, veteranIdOrMe: string): string {
  if (veteranIdOrMe === 'me') {
    if (principal.role !== 'veteran')
      throw new ForbiddenError('only veterans have their own matches; name a veteran id');
    return principal.userId;
  }
  if (principal.role === 'officer' || (principal.role === 'veteran' && principal.userId === veteranIdOrMe))
    return veteranIdOrMe;
  throw new ForbiddenError("only the veteran themself and officers see a veteran's matches");
}
