import { applyProfileSnapshot, changePreferences, channelsFor, defaultPreferences } from './preferences';
import type { MessageNature } from '../../templates/domain/template';
import { decideDelivery, gateAtDelivery } from './delivery-decision';
import { fitsDailyCap, pushCountKey } from './push-cap';

const now = new Date('2026-03-02T02:00:00Z'); // 10:00 in Shanghai
const night = new Date('2026-03-02T15:30:00Z'); // 23:30 in Shanghai
const jobPush: MessageNature = { category: 'job-push', critical: false, urgent: false };
const reminder: MessageNature = { category: 'mentoring', critical: false, urgent: true };
const loanDecision: MessageNature = { category: 'loans', critical: true, urgent: false };
const everywhere = {
  configured: new Set(['email', 'sms', 'wechat'] as const),
  contactable: new Set(['email', 'sms', 'wechat'] as const),
};

function snapshot(
  revision: number,
  settings: Partial<{
    channels: ('in-app' | 'email' | 'sms' | 'wechat')[];
    weeklyDigest: boolean;
    quietHours: { start: string; end: string; timeZone: 'Asia/Shanghai' } | null;
  }> = {},
) {
  return {
    veteranId: 'vet-1',
    revision,
    notificationPreferences: {
      channels: ['in-app', 'email'] as ('in-app' | 'email' | 'sms' | 'wechat')[],
      weeklyDigest: true,
      quietHours: null,
      ...settings,
    },
  };
}

describe('preferences seeded from profile snapshots', () => {
  const defaults = { jobPushDailyCap: 5, now };

  it('seeds channels, the weekly digest and quiet hours from the first snapshot', () => {
    const seeded = applyProfileSnapshot(
      null,
      snapshot(1, {
        channels: ['email', 'wechat'],
        weeklyDigest: false,
        quietHours: { start: '22:00', end: '07:00', timeZone: 'Asia/Shanghai' },
      }),
      undefined,
      defaults,
    );
    expect(seeded).toMatchObject({
      userId: 'vet-1',
      language: 'zh',
      channels: ['in-app', 'email', 'wechat'],
      quietHours: { start: '22:00', end: '07:00' },
      profileRevision: 1,
      jobPushDailyCap: 5,
    });
    expect(seeded?.categories['weekly-digest'].enabled).toBe(false);
    expect(seeded?.categories['job-push'].enabled).toBe(true);
  });

  it('ignores a snapshot older than the one applied', () => {
    const held = applyProfileSnapshot(null, snapshot(3), undefined, defaults)!;
    expect(
      applyProfileSnapshot(held, snapshot(2, { weeklyDigest: false }), ['notificationPreferences'], defaults),
    ).toBeNull();
    expect(
      applyProfileSnapshot(held, snapshot(3, { weeklyDigest: false }), ['notificationPreferences'], defaults),
    ).toBeNull();
  });

  it('keeps a change made here when the profile changed something else', () => {
    const held = changePreferences(
      applyProfileSnapshot(null, snapshot(1), undefined, defaults)!,
      { channels: ['sms'] },
      now,
    );
    const after = applyProfileSnapshot(held, snapshot(2, { channels: ['email'] }), ['residence'], defaults)!;
    expect(after.channels).toEqual(['sms']);
    expect(after.profileRevision).toBe(2);
  });

  it('follows the profile when the veteran changed their notification settings there', () => {
    const held = changePreferences(
      applyProfileSnapshot(null, snapshot(1), undefined, defaults)!,
      { language: 'en', channels: ['sms'] },
      now,
    );
    const after = applyProfileSnapshot(
      held,
      snapshot(2, { channels: ['email'] }),
      ['notificationPreferences'],
      defaults,
    )!;
    expect(after.channels).toEqual(['in-app', 'email']);
    expect(after.language).toBe('en');
  });
});

describe('channels of a category', () => {
  it('always includes the in-app inbox, first, and follows a category override', () => {
    const preferences = changePreferences(
      defaultPreferences('u', 5, now),
      { channels: ['email'], categories: { loans: { channels: ['sms'] } } },
      now,
    );
    expect(channelsFor(preferences, 'job-push')).toEqual(['in-app', 'email']);
    expect(channelsFor(preferences, 'loans')).toEqual(['in-app', 'sms']);
  });
});

describe('delivery decision', () => {
  const preferences = changePreferences(
    defaultPreferences('u', 5, now),
    { channels: ['email', 'sms'], quietHours: { start: '22:00', end: '07:00' } },
    now,
  );

  it('sends a job push now, by the chosen channels, outside quiet hours', () => {
    expect(decideDelivery(jobPush, preferences, everywhere, now)).toEqual({
      kind: 'deliver',
      channels: ['in-app', 'email', 'sms'],
      skipped: [],
      notBefore: null,
    });
  });

  it('holds a non-urgent message until quiet hours end, but not an urgent reminder', () => {
    expect(decideDelivery(jobPush, preferences, everywhere, night)).toMatchObject({
      notBefore: new Date('2026-03-02T23:00:00Z'),
    });
    expect(decideDelivery(reminder, preferences, everywhere, night)).toMatchObject({ notBefore: null });
  });

  it('respects the global opt-out and a category switched off, except for critical messages', () => {
    const optedOut = changePreferences(preferences, { optedOut: true }, now);
    expect(decideDelivery(jobPush, optedOut, everywhere, now)).toEqual({
      kind: 'suppress',
      reason: 'opted-out',
    });
    expect(decideDelivery(loanDecision, optedOut, everywhere, now)).toMatchObject({
      kind: 'deliver',
      channels: ['in-app', 'email', 'sms'],
    });
    const noLoans = changePreferences(
      preferences,
      { categories: { loans: { enabled: false }, 'job-push': { enabled: false } } },
      now,
    );
    expect(decideDelivery(jobPush, noLoans, everywhere, now)).toEqual({
      kind: 'suppress',
      reason: 'category-off',
    });
    expect(decideDelivery(loanDecision, noLoans, everywhere, now)).toMatchObject({ kind: 'deliver' });
  });

  it('skips channels without a configured gateway or a registered contact point, keeping the inbox', () => {
    const reachability = { configured: new Set(['email'] as const), contactable: new Set([] as never[]) };
    expect(decideDelivery(jobPush, preferences, reachability, now)).toEqual({
      kind: 'deliver',
      channels: ['in-app'],
      skipped: [
        { channel: 'email', reason: 'no-contact' },
        { channel: 'sms', reason: 'channel-not-configured' },
      ],
      notBefore: null,
    });
  });

  it('asks again at delivery time: a held message is cancelled after an opt-out, held again if still quiet', () => {
    expect(gateAtDelivery(jobPush, preferences, now)).toEqual({ kind: 'send' });
    expect(gateAtDelivery(jobPush, preferences, night)).toEqual({
      kind: 'hold',
      until: new Date('2026-03-02T23:00:00Z'),
    });
    expect(gateAtDelivery(jobPush, changePreferences(preferences, { optedOut: true }, now), now)).toEqual({
      kind: 'cancel',
      reason: 'opted-out',
    });
    expect(
      gateAtDelivery(loanDecision, changePreferences(preferences, { optedOut: true }, now), now),
    ).toEqual({ kind: 'send' });
  });
});

describe('daily cap of job pushes', () => {
  it('counts by Shanghai day', () => {
    expect(pushCountKey('vet-1', new Date('2026-03-02T15:59:59Z'))).toBe('vet-1|2026-03-02');
    expect(pushCountKey('vet-1', new Date('2026-03-02T16:00:00Z'))).toBe('vet-1|2026-03-03');
  });

  it('admits pushes up to the cap, and the same notification again (redelivery)', () => {
    const count = { userId: 'vet-1', day: '2026-03-02', notificationIds: ['n1', 'n2'] };
    expect(fitsDailyCap(null, 'n1', 2)).toBe(true);
    expect(fitsDailyCap(count, 'n3', 3)).toBe(true);
    expect(fitsDailyCap(count, 'n3', 2)).toBe(false);
    expect(fitsDailyCap(count, 'n2', 2)).toBe(true);
  });
});
