import {
  NOTIFICATION_CHANNELS,
  NotificationChannel,
  PROFILE_SNAPSHOT_FIELDS,
  VeteranProfileSnapshot,
} from '@vetlink/contracts';
import { Language, NOTIFICATION_CATEGORIES, NotificationCategory } from '../../templates/domain/template';
import type { QuietHours } from './quiet-hours';

export const JOB_PUSH_CAP_LIMITS = { min: 1, max: 50 } as const;

export interface CategoryPreference {
  enabled: boolean;
  /** The channels for this category; null means the user's default channels. */
  channels: NotificationChannel[] | null;
}

export interface NotificationPreferences {
  userId: string;
  language: Language;
  /** Everything off except critical messages. */
  optedOut: boolean;
  /** Default channels for every category; the in-app inbox is always on. */
  channels: NotificationChannel[];
  categories: Record<NotificationCategory, CategoryPreference>;
  quietHours: QuietHours | null;
  /** At most this many job pushes per Shanghai day; the rest wait for the weekly digest. */
  jobPushDailyCap: number;
  /** The newest profile snapshot applied, so that an older one arriving late changes nothing. */
  profileRevision: number | null;
  updatedAt: Date;
}

export function defaultPreferences(
  userId: string,
  jobPushDailyCap: number,
  now: Date,
): NotificationPreferences {
  return {
    userId,
    language: 'zh',
    optedOut: false,
    channels: ['in-app'],
    categories: Object.fromEntries(
      NOTIFICATION_CATEGORIES.map((category) => [category, { enabled: true, channels: null }]),
    ) as Record<NotificationCategory, CategoryPreference>,
    quietHours: null,
    jobPushDailyCap,
    profileRevision: null,
    updatedAt: now,
  };
}

/** The channels a category goes to: in-app first and always, then the chosen ones in the platform's order. */
export function channelsFor(
  preferences: NotificationPreferences,
  category: NotificationCategory,
): NotificationChannel[] {
  const chosen = new Set<NotificationChannel>(
    preferences.categories[category].channels ?? preferences.channels,
  );
  chosen.add('in-app');
  return NOTIFICATION_CHANNELS.filter((channel) => chosen.has(channel));
}

type ProfileField = (typeof PROFILE_SNAPSHOT_FIELDS)[number];

/**
 * The profile owns three notification settings (default channels, the weekly digest, quiet hours); this
 * service owns the rest. A snapshot seeds preferences the first time, and afterwards changes them only
 * when the veteran changed those settings in the profile (`changedFields`), so that a change made here
 * is not undone by an unrelated profile edit. Returns null when nothing changes (older or same revision).
 */
export function applyProfileSnapshot(
  held: NotificationPreferences | null,
  snapshot: Pick<VeteranProfileSnapshot, 'veteranId' | 'revision' | 'notificationPreferences'>,
  changedFields: readonly ProfileField[] | undefined,
  defaults: { jobPushDailyCap: number; now: Date },
): NotificationPreferences | null {
  if (held?.profileRevision != null && held.profileRevision >= snapshot.revision) return null;
  const base = held ?? defaultPreferences(snapshot.veteranId, defaults.jobPushDailyCap, defaults.now);
  const seeding = held === null || held.profileRevision === null;
  const settingsChanged = changedFields === undefined || changedFields.includes('notificationPreferences');
  if (!seeding && !settingsChanged) return { ...base, profileRevision: snapshot.revision };
  const { channels, weeklyDigest, quietHours } = snapshot.notificationPreferences;
  return {
    ...base,
    channels: NOTIFICATION_CHANNELS.filter((channel) => channel === 'in-app' || channels.includes(channel)),
    categories: {
      ...base.categories,
      'weekly-digest': { ...base.categories['weekly-digest'], enabled: weeklyDigest },
    },
    quietHours: quietHours && { start: quietHours.start, end: quietHours.end },
    profileRevision: snapshot.revision,
    updatedAt: defaults.now,
  };
}

export interface PreferenceChanges {
  language?: Language;
  optedOut?: boolean;
  channels?: NotificationChannel[];
  categories?: Partial<Record<NotificationCategory, Partial<CategoryPreference>>>;
  quietHours?: QuietHours | null;
  jobPushDailyCap?: number;
}

/** A user's own change (PATCH): settings left out stay as they are. */
export function changePreferences(
  held: NotificationPreferences,
  changes: PreferenceChanges,
  now: Date,
): NotificationPreferences {
  const categories = { ...held.categories };
  for (const [category, change] of Object.entries(changes.categories ?? {}) as [
    NotificationCategory,
    Partial<CategoryPreference>,
  ][]) {
    categories[category] = { ...categories[category], ...change };
  }
  return {
    ...held,
    ...(changes.language !== undefined ? { language: changes.language } : {}),
    ...(changes.optedOut !== undefined ? { optedOut: changes.optedOut } : {}),
    ...(changes.channels !== undefined ? { channels: changes.channels } : {}),
    ...(changes.quietHours !== undefined ? { quietHours: changes.quietHours } : {}),
    ...(changes.jobPushDailyCap !== undefined ? { jobPushDailyCap: changes.jobPushDailyCap } : {}),
    categories,
    updatedAt: now,
  };
}
