import { Inject, Injectable } from '@nestjs/common';
import { Clock, CLOCK } from '@vetlink/clock';
import { ConflictError, NotFoundError } from '@vetlink/http';
import { contentOf, hasChanged, ProfileContent, VeteranProfile } from '@vetlink/profiles';
import { consentChanges } from '../consents/domain/consent-log';
import { profileChangeEvents, profileCreatedEvents } from './profile-events';
import { ProfilesRepository } from './profiles.repository';

export type ProfileEdit = (content: ProfileContent, now: Date) => ProfileContent;

/**
 * The one way profiles change: each change and its events are one single-document write (FerretDB has
 * no transactions), made only if the profile is still at the revision the change was computed from,
 * so two concurrent edits can never silently undo each other: the later one gets a 409.
 */
@Injectable()
export class ProfileWriter {
  constructor(
    private readonly profiles: ProfilesRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async create(profile: VeteranProfile): Promise<VeteranProfile> {
    const consents = consentChanges(undefined, profile.notificationPreferences, profile.createdAt);
    await this.profiles.insert(profile, profileCreatedEvents(profile), consents);
    return profile;
  }

  /** Loads the profile, checks the revision the caller saw (if any), and applies the edit. */
  async change(veteranId: string, edit: ProfileEdit, expectedRevision?: number): Promise<VeteranProfile> {
    const current = await this.profiles.findById(veteranId);
    if (!current) throw new NotFoundError(`veteran ${veteranId} has no profile yet`);
    assertRevision(current, expectedRevision);
    return this.apply(current, edit);
  }

  async apply(current: VeteranProfile, edit: ProfileEdit): Promise<VeteranProfile> {
    const now = this.clock.now();
    const next = edit(contentOf(current), now);
    if (!hasChanged(contentOf(current), next)) return current;
    const updated: VeteranProfile = { ...current, ...next, revision: current.revision + 1, updatedAt: now };
    const events = profileChangeEvents(current, updated);
    const consents = consentChanges(current.notificationPreferences, updated.notificationPreferences, now);
    const written = await this.profiles.replace(current.revision, updated, events, consents);
    if (!written) throw staleRevision(current.revision);
    return updated;
  }
}

export function assertRevision(current: VeteranProfile, expectedRevision: number | undefined): void {
  if (expectedRevision !== undefined && expectedRevision !== current.revision) {
    throw new ConflictError(
      `the profile is at revision ${current.revision}, not ${expectedRevision}; reload it and try again`,
    );
  }
}

function staleRevision(revision: number): ConflictError {
  return new ConflictError(
    `the profile changed since revision ${revision} was read; reload it and try again`,
  );
}
