import { digestWindow } from './digest-window';

const LOOKBACK = { firstDays: 7, maxDays: 28 };

describe('what a digest covers', () => {
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
