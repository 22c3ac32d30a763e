import type { VeteranProfileSnapshot } from '@vetlink/contracts';
import { buildProfileSnapshot, newProfile } from '@vetlink/profiles';
import type { DemoVeteran } from '../veterans/generate-veterans';

export interface ProfileSnapshotOptions {
  /** Default: the veteran's user id. */
  veteranId?: string;
  /** Default 1: a freshly created profile. */
  revision?: number;
  /** Default: the veteran's profileUpdatedAt. */
  updatedAt?: string;
}

/**
 * The payload of profiles.profile-created for the veteran's profile, made by skills-profiles' own rules
 * (@vetlink/profiles) from the profile its PUT /profiles/me would create. For benchmarks and read
 * models that skip the HTTP API.
 */
export function toProfileSnapshot(
  veteran: DemoVeteran,
  options: ProfileSnapshotOptions = {},
): VeteranProfileSnapshot {
  const updatedAt = new Date(options.updatedAt ?? veteran.profileUpdatedAt);
  const profile = newProfile(options.veteranId ?? veteran.userId, veteran.body, updatedAt);
  return buildProfileSnapshot({ ...profile, revision: options.revision ?? 1 });
}
