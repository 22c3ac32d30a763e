import type { NotificationChannel } from '@vetlink/contracts';
import type { NotificationPreferences } from '@vetlink/profiles';

/** What a veteran agreed to receive beyond the in-app inbox, which every account has. */
export type ConsentPurpose = 'job-pushes' | 'weekly-digest';

/** One decision, kept for good (PIPL: consent must be provable with its time). */
export interface ConsentEntry {
  purpose: ConsentPurpose;
  granted: boolean;
  /** For job pushes: the channels outside the inbox the veteran allowed (empty when withdrawn). */
  channels: NotificationChannel[];
  at: Date;
}

/** The consent decisions a change of notification preferences makes; none when nothing consent-relevant changed. */
export function consentChanges(
  before: NotificationPreferences | undefined,
  after: NotificationPreferences,
  at: Date,
): ConsentEntry[] {
  const entries: ConsentEntry[] = [];
  const pushChannels = outsideChannels(after);
  if (!before || !sameChannels(outsideChannels(before), pushChannels))
    entries.push({ purpose: 'job-pushes', granted: pushChannels.length > 0, channels: pushChannels, at });
  if (!before || before.weeklyDigest !== after.weeklyDigest)
    entries.push({ purpose: 'weekly-digest', granted: after.weeklyDigest, channels: [], at });
  return entries;
}

function outsideChannels(preferences: NotificationPreferences): NotificationChannel[] {
  return preferences.channels.filter((channel) => channel !== 'in-app').sort();
}

function sameChannels(a: readonly NotificationChannel[], b: readonly NotificationChannel[]): boolean {
  return a.length === b.length && a.every((channel, index) => channel === b[index]);
}
