import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inAppPath } from './links';
import { categoryOfUnsubscribeToken } from './unsubscribe';
import { currentIsoWeek, daysOfIsoWeek, isIsoWeek, isoWeekOfDay, shiftIsoWeek, weekNamed } from './weeks';

describe("ISO weeks of this week's picks", () => {
  it('name the week of a day, Thursday deciding the year', () => {
    expect(isoWeekOfDay('2026-12-07')).toBe('2026-W50');
    expect(isoWeekOfDay('2026-12-13')).toBe('2026-W50');
    expect(isoWeekOfDay('2025-12-29')).toBe('2026-W01');
    expect(isoWeekOfDay('2027-01-01')).toBe('2026-W53');
    expect(isoWeekOfDay('2026-02-30')).toBeUndefined();
    expect(isoWeekOfDay('next monday')).toBeUndefined();
  });

  it('count this week in Shanghai, not in the device time zone', () => {
    // Sunday 17:00 in UTC is already Monday 01:00 in Shanghai
    expect(currentIsoWeek(new Date('2026-12-06T17:00:00Z'))).toBe('2026-W50');
    expect(currentIsoWeek(new Date('2026-12-06T15:59:00Z'))).toBe('2026-W49');
  });

  it('step to earlier and later weeks across years, and give their days', () => {
    expect(shiftIsoWeek('2026-W50', -1)).toBe('2026-W49');
    expect(shiftIsoWeek('2026-W01', -1)).toBe('2025-W52');
    expect(shiftIsoWeek('2026-W53', 1)).toBe('2027-W01');
    expect(daysOfIsoWeek('2026-W50')).toEqual({ monday: '2026-12-07', sunday: '2026-12-13' });
    expect(daysOfIsoWeek('2026-W01')).toEqual({ monday: '2025-12-29', sunday: '2026-01-04' });
  });

  it("read the week a digest message's link names (its Monday), an ISO week, or else this week", () => {
    const now = new Date('2026-12-09T04:00:00Z');
    expect(weekNamed('2026-11-30', now)).toBe('2026-W49');
    expect(weekNamed('2026-W48', now)).toBe('2026-W48');
    expect(weekNamed('2025-W53', now)).toBe('2026-W50');
    expect(weekNamed(undefined, now)).toBe('2026-W50');
    expect(weekNamed(['2026-W48'], now)).toBe('2026-W50');
    expect(isIsoWeek('2026-W53')).toBe(true);
    expect(isIsoWeek('2026-W00')).toBe(false);
  });

  it("keep the digest message's link in the portal, whatever host it names, with its week", () => {
    expect(inAppPath('http://127.0.0.1:8080/jobs/featured?week=2026-12-07', 'http://127.0.0.1:8680')).toBe(
      '/jobs/featured?week=2026-12-07',
    );
    expect(inAppPath('http://127.0.0.1:8080/jobs/job-7', 'http://127.0.0.1:8680')).toBe(
      '/veteran/jobs/job-7',
    );
  });
});

describe('unsubscribe tokens', () => {
  /** As notifications signs them (unsubscribe-token.ts): the claim, a dot, its HMAC. */
  const sign = (claim: unknown) => {
    const body = Buffer.from(JSON.stringify(claim), 'utf8').toString('base64url');
    return `${body}.${createHmac('sha256', 'k'.repeat(32)).update(`unsubscribe.v1.${body}`).digest('base64url')}`;
  };

  it('name the category the link switches off', () => {
    expect(categoryOfUnsubscribeToken(sign({ u: 'veteran-1', c: 'weekly-digest' }))).toBe('weekly-digest');
    expect(categoryOfUnsubscribeToken(sign({ u: '退役军人-1', c: 'job-push' }))).toBe('job-push');
  });

  it('name none for what cannot be one of its links', () => {
    expect(categoryOfUnsubscribeToken(sign({ u: 'veteran-1', c: 'everything' }))).toBeUndefined();
    expect(categoryOfUnsubscribeToken(sign({ c: 'weekly-digest' }))).toBeUndefined();
    expect(categoryOfUnsubscribeToken(sign({ u: 'veteran-1', c: 'loans' }).slice(0, -5))).toBeUndefined();
    expect(categoryOfUnsubscribeToken(`bm90IGpzb24.${'A'.repeat(43)}`)).toBeUndefined();
    expect(categoryOfUnsubscribeToken(undefined)).toBeUndefined();
  });
});
