import type { NotificationPreferences } from '@vetlink/profiles';
import { consentChanges } from './consent-log';

const at = new Date('2026-12-05T08:00:00Z');
const inboxOnly: NotificationPreferences = { channels: ['in-app'], weeklyDigest: true, quietHours: null };

describe('consentChanges', () => {
  it('records both decisions when the profile is created', () => {
    expect(consentChanges(undefined, inboxOnly, at)).toEqual([
      { purpose: 'job-pushes', granted: false, channels: [], at },
      { purpose: 'weekly-digest', granted: true, channels: [], at },
    ]);
  });

  it('records pushes granted with the channels chosen outside the inbox', () => {
    const after: NotificationPreferences = { ...inboxOnly, channels: ['sms', 'in-app', 'email'] };
    expect(consentChanges(inboxOnly, after, at)).toEqual([
      { purpose: 'job-pushes', granted: true, channels: ['email', 'sms'], at },
    ]);
  });

  it('records a withdrawal of the weekly digest', () => {
    expect(consentChanges(inboxOnly, { ...inboxOnly, weeklyDigest: false }, at)).toEqual([
      { purpose: 'weekly-digest', granted: false, channels: [], at },
    ]);
  });

  it('records nothing when only quiet hours or the order of channels change', () => {
    const before: NotificationPreferences = { ...inboxOnly, channels: ['email', 'sms'] };
    const after: NotificationPreferences = {
      ...before,
      channels: ['sms', 'email'],
      quietHours: { start: '22:00', end: '07:00' },
    };
    expect(consentChanges(before, after, at)).toEqual([]);
  });
});
