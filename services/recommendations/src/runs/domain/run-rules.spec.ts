import { parseIsoWeek } from '../../weeks/domain/iso-week';
import { digestWindow, dryRunId, receivesDigest, runState, runUntil } from './run-rules';

const WEEK = parseIsoWeek('2026-W48', 'Asia/Shanghai')!;
const LOOKBACK = { firstDays: 7, maxDays: 28 };

describe('who gets a digest', () => {
  it('is every veteran looking or open to offers who did not turn the digest off', () => {
    expect(receivesDigest({ jobSeekingStatus: 'actively-looking', weeklyDigest: true })).toBe(true);
    expect(receivesDigest({ jobSeekingStatus: 'open', weeklyDigest: true })).toBe(true);
    expect(receivesDigest({ jobSeekingStatus: 'employed', weeklyDigest: true })).toBe(false);
    expect(receivesDigest({ jobSeekingStatus: 'open', weeklyDigest: false })).toBe(false);
  });
});

describe('what a run covers', () => {
  it('runs up to the moment it starts within its week, to the week end for a past week, never for a future one', () => {
    const mondayNine = new Date('2026-11-23T01:00:00Z');
    expect(runUntil(WEEK, mondayNine)).toEqual(mondayNine);
    expect(runUntil(WEEK, new Date('2026-12-10T00:00:00Z'))).toEqual(WEEK.end);
    expect(runUntil(WEEK, new Date('2026-11-20T00:00:00Z'))).toBeNull();
  });

  it('covers a veteran since their previous digest, or a first week, and never more than the maximum', () => {
    const until = new Date('2026-11-23T01:00:00Z');
    expect(digestWindow(new Date('2026-11-16T01:00:00Z'), until, LOOKBACK).since).toEqual(
      new Date('2026-11-16T01:00:00Z'),
    );
    expect(digestWindow(null, until, LOOKBACK).since).toEqual(new Date('2026-11-16T01:00:00Z'));
    expect(digestWindow(new Date('2026-06-01T00:00:00Z'), until, LOOKBACK).since).toEqual(
      new Date('2026-10-26T01:00:00Z'),
    );
  });
});

describe('run progress', () => {
  const outcomes = { sent: 0, 'nothing-new': 0 };

  it('is fanning out until the total is known, running until every veteran is done or failed', () => {
    expect(runState({ total: null, outcomes, failed: 0 })).toBe('fanning-out');
    expect(runState({ total: 3, outcomes: { ...outcomes, sent: 2 }, failed: 0 })).toBe('running');
    expect(runState({ total: 3, outcomes: { ...outcomes, sent: 2, 'nothing-new': 1 }, failed: 0 })).toBe(
      'completed',
    );
    expect(runState({ total: 3, outcomes: { ...outcomes, sent: 2 }, failed: 1 })).toBe(
      'completed-with-failures',
    );
  });

  it('gives each dry run an id of its own, apart from the week', () => {
    expect(dryRunId('2026-W48', new Date('2026-11-23T01:00:00Z'))).toMatch(/^2026-W48-dry-[0-9a-z]+$/);
  });
});
