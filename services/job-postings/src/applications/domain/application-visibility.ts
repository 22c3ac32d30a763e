import type { Principal } from '@vetlink/auth';
import type { ApplicationActor } from '@vetlink/contracts';
import { Application } from './application';

/** Whose applications a caller may see: a veteran their own, an employer those to its jobs, officers all. */
export type ApplicationScope =
  | { kind: 'all' }
  | { kind: 'veteran'; veteranId: string }
  | { kind: 'employer'; employerId: string }
  | { kind: 'none' };

export function applicationScope(viewer: Principal): ApplicationScope {
  if (viewer.role === 'officer') return { kind: 'all' };
  if (viewer.role === 'veteran') return { kind: 'veteran', veteranId: viewer.userId };
  if (viewer.role === 'employer' && viewer.organisationId)
    return { kind: 'employer', employerId: viewer.organisationId };
  return { kind: 'none' };
}

export function canSeeApplication(
  viewer: Principal,
  application: Pick<Application, 'veteranId' | 'employerId'>,
): boolean {
  const scope = applicationScope(viewer);
  switch (scope.kind) {
    case 'all':
      return true;
    case 'veteran':
      return scope.veteranId === application.veteranId;
    case 'employer':
      return scope.employerId === application.employerId;
    case 'none':
      return false;
  }
}

/** How the caller appears in an application's history. */
export function actorOf(principal: Principal): ApplicationActor {
  if (principal.role === 'veteran' || principal.role === 'officer') return principal.role;
  return 'employer';
}
