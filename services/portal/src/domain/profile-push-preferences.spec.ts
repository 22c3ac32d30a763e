import { describe, expect, it } from 'vitest';
import type { Schemas } from '../api/client';
import { checkPushDraft, pushChangeOf, pushDraftOf, pushIssuesOf } from './profile-push-preferences';

type Preferences = Schemas['notifications.PreferencesDto_Output'];

const stored: Preferences = {
  userId: 'v1',
  language: 'zh',
  optedOut: false,
  channels: ['in-app', 'sms'],
  categories: { 'weekly-digest': { enabled: false, channels: null } },
  quietHours: null,
  jobPushDailyCap: 5,
  criticalAlwaysSent: [],
  updatedAt: '2026-12-07T00:00:00.000Z',
};

describe('push preferences', () => {
  it('reads the stored settings, offering the night as quiet hours when there are none', () => {
    expect(pushDraftOf(stored)).toEqual({
      channels: ['sms'],
      quietHoursOn: false,
      quietStart: '22:00',
      quietEnd: '08:00',
      dailyCap: 5,
      weeklyDigest: false,
    });
  });

  it('sends every setting, the inbox always among the channels in the platform order', () => {
    const draft = {
      ...pushDraftOf(stored),
      channels: ['wechat' as const, 'sms' as const],
      quietHoursOn: true,
    };
    expect(pushChangeOf(draft)).toEqual({
      channels: ['in-app', 'sms', 'wechat'],
      quietHours: { start: '22:00', end: '08:00' },
      jobPushDailyCap: 5,
      categories: { 'weekly-digest': { enabled: false } },
    });
    expect(pushChangeOf({ ...draft, quietHoursOn: false }).quietHours).toBeNull();
  });

  it('names the field at fault: clock times, equal ends, the cap', () => {
    const draft = { ...pushDraftOf(stored), quietHoursOn: true, quietStart: '7:00', dailyCap: 51 };
    expect(checkPushDraft(draft)).toEqual({
      quietStart: 'preferences.check.clock',
      dailyCap: 'preferences.check.dailyCap',
    });
    expect(checkPushDraft({ ...draft, quietStart: '08:00', quietEnd: '08:00', dailyCap: 1 })).toEqual({
      quietEnd: 'preferences.check.sameTime',
    });
    expect(checkPushDraft({ ...draft, quietHoursOn: false, dailyCap: 3 })).toEqual({});
    expect(
      pushIssuesOf({ issues: [{ field: 'quietHours.end', message: 'must differ from start' }] }).byField,
    ).toEqual({ quietEnd: 'must differ from start' });
  });
});
