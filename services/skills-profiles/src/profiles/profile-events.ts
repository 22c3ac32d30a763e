import { jobSeekingStatusChanged, profileCreated, profileUpdated, veteranErased } from '@vetlink/contracts';
import { currentCorrelationId } from '@vetlink/logging';
import { pendingEvent, PendingEvent } from '@vetlink/messaging';
import { buildProfileSnapshot, changedSnapshotFields, VeteranProfile } from '@vetlink/profiles';
import { SERVICE_NAME } from '../service-name';

export function profileCreatedEvents(profile: VeteranProfile): PendingEvent[] {
  return [pendingEvent(profileCreated, buildProfileSnapshot(profile), originAt(profile.updatedAt))];
}

/**
 * profile-updated whenever the snapshot changed, so that a read model built from created/updated
 * events alone stays right; job-seeking-status-changed as well when the status did, for those who act
 * on that fact alone. Nothing when only unshared details (ID number, phone, awards) changed.
 */
export function profileChangeEvents(before: VeteranProfile, after: VeteranProfile): PendingEvent[] {
  const snapshot = buildProfileSnapshot(after);
  const changedFields = changedSnapshotFields(buildProfileSnapshot(before), snapshot);
  if (changedFields.length === 0) return [];
  const origin = originAt(after.updatedAt);
  const events: PendingEvent[] = [pendingEvent(profileUpdated, { ...snapshot, changedFields }, origin)];
  if (before.jobSeekingStatus !== after.jobSeekingStatus) {
    const change = {
      veteranId: after.veteranId,
      revision: after.revision,
      previousStatus: before.jobSeekingStatus,
      status: after.jobSeekingStatus,
      changedAt: after.updatedAt.toISOString(),
    };
    events.push(pendingEvent(jobSeekingStatusChanged, change, origin));
  }
  return events;
}

/** The last event of the veteran's key: every service forgets them. */
export function veteranErasedEvent(veteranId: string, revision: number, erasedAt: Date): PendingEvent {
  const payload = { veteranId, revision, erasedAt: erasedAt.toISOString() };
  return pendingEvent(veteranErased, payload, originAt(erasedAt));
}

function originAt(occurredAt: Date) {
  return { producer: SERVICE_NAME, correlationId: currentCorrelationId(), occurredAt };
}
