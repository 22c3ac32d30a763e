import {
  formatShanghai,
  isoWeekday,
  isoWeekOf,
  nextShanghaiClockTime,
  parseClockTime,
  shanghaiDay,
  shanghaiMinuteOfDay,
} from './shanghai-time';

describe('Shanghai wall-clock time', () => {
  it('turns to the next day at 16:00 UTC', () => {
    expect(shanghaiDay(new Date('2026-03-01T15:59:59Z'))).toBe('2026-03-01');
    expect(shanghaiDay(new Date('2026-03-01T16:00:00Z'))).toBe('2026-03-02');
  });

  it('counts minutes from the Shanghai midnight', () => {
    expect(shanghaiMinuteOfDay(new Date('2026-03-01T16:00:00Z'))).toBe(0);
    expect(shanghaiMinuteOfDay(new Date('2026-03-01T23:30:00Z'))).toBe(7 * 60 + 30);
  });

  it('finds the next HH:mm strictly after an instant', () => {
    const seven = parseClockTime('07:00');
    expect(nextShanghaiClockTime(new Date('2026-03-01T22:00:00Z'), seven)).toEqual(
      new Date('2026-03-01T23:00:00Z'),
    );
    expect(nextShanghaiClockTime(new Date('2026-03-01T23:00:00Z'), seven)).toEqual(
      new Date('2026-03-02T23:00:00Z'),
    );
  });

  it('refuses a clock time that is not HH:mm', () => {
    expect(() => parseClockTime('7:00')).toThrow('not a clock time');
    expect(() => parseClockTime('24:00')).toThrow('not a clock time');
  });

  it('formats an instant as Shanghai wall-clock time', () => {
    expect(formatShanghai(new Date('2026-03-01T23:00:00Z'))).toBe('2026-03-02 07:00');
  });
});

describe('the ISO calendar', () => {
  it('numbers weeks from the one holding the first Thursday, across year ends', () => {
    expect(isoWeekOf('2026-12-06')).toBe('2026-W49');
    expect(isoWeekOf('2026-01-01')).toBe('2026-W01');
    expect(isoWeekOf('2027-01-01')).toBe('2026-W53');
    expect(isoWeekOf('2024-12-30')).toBe('2025-W01');
  });

  it('counts weekdays from Monday', () => {
    expect(isoWeekday('2026-12-07')).toBe(1);
    expect(isoWeekday('2026-12-06')).toBe(7);
  });
});
