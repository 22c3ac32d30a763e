import type { Schemas } from '../api/client';
import { placeIssues, type ApiIssues } from './profile-checks';

type Preferences = Schemas['notifications.PreferencesDto_Output'];
export type PreferencesChange = Schemas['notifications.ChangePreferencesBody'];
export type Channel = Preferences['channels'][number];

/** The channels a veteran may add; the in-app inbox is always on. */
export const OPTIONAL_CHANNELS: readonly Channel[] = ['sms', 'wechat', 'email'];
/** notifications' bounds of the daily cap of job pushes. */
export const DAILY_CAP = { min: 1, max: 50 } as const;

export interface PushDraft {
  channels: Channel[];
  quietHoursOn: boolean;
  quietStart: string;
  quietEnd: string;
  dailyCap: number;
  weeklyDigest: boolean;
}

export type PushField = keyof PushDraft;

/** The form of the stored preferences; quiet hours default to the night when they are off. */
export function pushDraftOf(preferences: Preferences): PushDraft {
  return {
    channels: preferences.channels.filter((channel) => channel !== 'in-app'),
    quietHoursOn: preferences.quietHours !== null,
    quietStart: preferences.quietHours?.start ?? '22:00',
    quietEnd: preferences.quietHours?.end ?? '08:00',
    dailyCap: preferences.jobPushDailyCap,
    weeklyDigest: preferences.categories['weekly-digest']?.enabled ?? true,
  };
}

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The checks notifications applies, by field, as i18n keys. */
export function checkPushDraft(draft: PushDraft): Partial<Record<PushField, string>> {
  const problems: Partial<Record<PushField, string>> = {};
  if (draft.quietHoursOn) {
    if (!CLOCK.test(draft.quietStart)) problems.quietStart = 'preferences.check.clock';
    if (!CLOCK.test(draft.quietEnd)) problems.quietEnd = 'preferences.check.clock';
    else if (draft.quietEnd === draft.quietStart) problems.quietEnd = 'preferences.check.sameTime';
  }
  if (!(
    Number.isInteger(draft.dailyCap) &&
    draft.dailyCap >= DAILY_CAP.min &&
    draft.dailyCap <= DAILY_CAP.max
  ))
    problems.dailyCap = 'preferences.check.dailyCap';
  return problems;
}

/** The PATCH body: every setting the page shows, the inbox always among the channels. */
export function pushChangeOf(draft: PushDraft): PreferencesChange {
  const chosen = new Set<Channel>(['in-app', ...draft.channels]);
  return {
    channels: (['in-app', ...OPTIONAL_CHANNELS] as Channel[]).filter((channel) => chosen.has(channel)),
    quietHours: draft.quietHoursOn ? { start: draft.quietStart, end: draft.quietEnd } : null,
    jobPushDailyCap: draft.dailyCap,
    categories: { 'weekly-digest': { enabled: draft.weeklyDigest } },
  };
}

// notifications names fields by their path in the body (quietHours.end, jobPushDailyCap).
const BODY_FIELDS: [prefix: string, field: PushField][] = [
  ['quietHours.start', 'quietStart'],
  ['quietHours.end', 'quietEnd'],
  ['quietHours', 'quietStart'],
  ['jobPushDailyCap', 'dailyCap'],
  ['channels', 'channels'],
  ['categories', 'weeklyDigest'],
];

/** The API's messages of a 400 answer by the form's fields; those it cannot place, with their path. */
export function pushIssuesOf(body: unknown): ApiIssues<PushField> {
  return placeIssues(body, BODY_FIELDS);
}
