import type { Principal } from '@vetlink/auth';

/** Who looks at something, as far as visibility rules care. */
export type Viewer = Pick<Principal, 'role' | 'organisationId'>;

/** Officers oversee every organisation; an employer's staff act for their own. */
export function actsForOrganisation(viewer: Viewer, organisationId: string): boolean {
  return (
    viewer.role === 'officer' || (viewer.role === 'employer' && viewer.organisationId === organisationId)
  );
}
