import type { TestTokenIssuer } from '@vetlink/testing';

/**
 * One caller of each role, as the gateway would name them; the employer belongs to an organisation, the
 * training provider's staff to a provider (their token's `org`).
 */
export const ROLE_SUBJECTS = [
  { role: 'veteran', userId: 'fuzz-veteran-1' },
  { role: 'employer', userId: 'fuzz-employer-1', organisationId: 'fuzz-org-1' },
  { role: 'mentor', userId: 'fuzz-mentor-1' },
  { role: 'officer', userId: 'fuzz-officer-1' },
  { role: 'training-provider', userId: 'fuzz-provider-staff-1', organisationId: 'fuzz-provider-1' },
] as const;

export type RoleName = (typeof ROLE_SUBJECTS)[number]['role'];

/** A bearer token per role, living long enough for the whole run (the services' maximum is 15 minutes). */
export function tokensForRoles(issuer: TestTokenIssuer): Map<RoleName, string> {
  return new Map(ROLE_SUBJECTS.map((subject) => [subject.role, issuer.mint(subject, { expiresIn: 900 })]));
}
