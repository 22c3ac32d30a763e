import type { Role } from '@vetlink/auth';

/**
 * `active` accounts sign in. Staff accounts and invitations are made active by whoever creates them;
 * nothing else is pending here: a mentor signs in at once and is verified by the mentors service.
 */
export type AccountStatus = 'active' | 'disabled';

export interface Account {
  /** The user id every service knows the person by (the token's `sub`). */
  id: string;
  role: Role;
  /** The employer, bank, base or bureau office the account acts for (the token's `org`). */
  organisationId?: string;
  /** An employer member who may invite others into the organisation. */
  organisationAdmin: boolean;
  status: AccountStatus;
  passwordHash: string;
  /** Refresh tokens issued before this instant are void: sign out everywhere, or a password change. */
  sessionsValidFrom: Date;
  createdAt: Date;
  passwordChangedAt: Date;
}

/** The roles that sign themselves up; the others are created by an administrator or an invitation. */
export const SELF_SERVICE_ROLES = ['veteran', 'mentor'] as const satisfies readonly Role[];
