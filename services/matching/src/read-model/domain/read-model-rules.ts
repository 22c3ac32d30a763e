import type { ProfileSnapshotField } from '@vetlink/contracts';

/** Profile fields that never change a match: a change to only these recomputes nothing. */
export const FIELDS_MATCHING_IGNORES: readonly ProfileSnapshotField[] = [
  'displayName',
  'notificationPreferences',
  'completeness',
  'education',
];

export function changesMatches(changedFields: readonly ProfileSnapshotField[]): boolean {
  return changedFields.some((field) => !FIELDS_MATCHING_IGNORES.includes(field));
}
