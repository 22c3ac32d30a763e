import { describe, expect, it } from 'vitest';
import {
  calendarFileName,
  changeDeadline,
  dayLabel,
  mayRate,
  mayRecordOutcome,
  mondayOf,
  rangeProblems,
  rulesOf,
  slotsByDay,
  spanLabel,
  splitSessions,
  veteranMayChange,
  weekHoursOf,
  weekRange,
} from './mentoring';
import { shanghaiClock, shanghaiDay } from './shanghai-time';

describe('mentoring weeks and times in Shanghai', () => {
  it('reads days and clock times in UTC+8 whatever the instant’s offset', () => {
    expect(shanghaiDay('2026-12-06T17:30:00Z')).toBe('2026-12-07');
    expect(shanghaiClock('2026-12-06T17:30:00Z')).toBe('01:30');
    expect(shanghaiClock('2026-12-07T09:15:00+08:00')).toBe('09:15');
  });

  it('finds the Monday of a week, also on a Sunday night and across a year', () => {
    expect(mondayOf('2026-12-09T10:00:00+08:00')).toBe('2026-12-07');
    expect(mondayOf('2026-12-13T23:59:00+08:00')).toBe('2026-12-07');
    expect(mondayOf('2026-12-13T16:30:00Z')).toBe('2026-12-14'); // Monday 00:30 in Shanghai
    expect(mondayOf('2027-01-02T12:00:00+08:00')).toBe('2026-12-28');
  });

  it('labels a day and a span in the reader’s language, by the Shanghai calendar', () => {
    expect(dayLabel('2026-12-08', 'zh-CN')).toBe('12月8日周二');
    expect(dayLabel('2026-12-08', 'en')).toBe('Tue, Dec 8');
    expect(spanLabel({ start: '2026-12-07T16:00:00Z', end: '2026-12-07T16:30:00Z' }, 'zh-CN')).toBe(
      '12月8日周二 00:00–00:30',
    );
  });

  it('asks for a week from Monday midnight to the next Monday, with the +08:00 offset', () => {
    expect(weekRange('2026-12-28')).toEqual({
      from: '2026-12-28T00:00:00+08:00',
      to: '2027-01-04T00:00:00+08:00',
    });
  });

  it('puts slots under their Shanghai day in time order, days without slots kept empty', () => {
    const days = slotsByDay('2026-12-07', [
      { start: '2026-12-08T10:00:00+08:00', end: '2026-12-08T11:00:00+08:00' },
      { start: '2026-12-07T16:00:00Z', end: '2026-12-07T17:00:00Z' }, // Tuesday 00:00 in Shanghai
      { start: '2026-12-07T09:00:00+08:00', end: '2026-12-07T10:00:00+08:00' },
    ]);
    expect(days.map((d) => d.day)).toEqual([
      '2026-12-07',
      '2026-12-08',
      '2026-12-09',
      '2026-12-10',
      '2026-12-11',
      '2026-12-12',
      '2026-12-13',
    ]);
    expect(days[0]!.slots.map((s) => shanghaiClock(s.start))).toEqual(['09:00']);
    expect(days[1]!.slots.map((s) => shanghaiClock(s.start))).toEqual(['00:00', '10:00']);
    expect(days[2]!.slots).toEqual([]);
  });
});

describe('mentoring sessions', () => {
  const start = '2026-12-08T09:00:00+08:00';
  const booked = { status: 'booked', start, end: '2026-12-08T10:00:00+08:00' };

  it('lets a veteran change a booking until 12 hours before it starts, not after', () => {
    expect(changeDeadline(start).toISOString()).toBe('2026-12-07T13:00:00.000Z');
    expect(veteranMayChange(booked, new Date('2026-12-07T12:59:59Z'))).toBe(true);
    expect(veteranMayChange(booked, new Date('2026-12-07T13:00:00Z'))).toBe(false);
    expect(veteranMayChange({ ...booked, status: 'cancelled' }, new Date('2026-12-01T00:00:00Z'))).toBe(
      false,
    );
  });

  it('splits upcoming (booked, not over, soonest first) from past (latest first)', () => {
    const now = new Date('2026-12-08T09:30:00+08:00');
    const later = { ...booked, start: '2026-12-09T09:00:00+08:00', end: '2026-12-09T10:00:00+08:00' };
    const held = { ...booked, status: 'held', start: '2026-12-01T09:00:00+08:00' };
    const cancelled = { ...later, status: 'cancelled' };
    const { upcoming, past } = splitSessions([later, held, booked, cancelled], now);
    expect(upcoming).toEqual([booked, later]);
    expect(past).toEqual([cancelled, held]);
  });

  it('records an outcome only once started, and takes one rating of a held session', () => {
    expect(mayRecordOutcome(booked, new Date('2026-12-08T08:59:00+08:00'))).toBe(false);
    expect(mayRecordOutcome(booked, new Date('2026-12-08T09:00:00+08:00'))).toBe(true);
    expect(mayRecordOutcome({ ...booked, status: 'held' }, new Date('2026-12-09T00:00:00+08:00'))).toBe(
      false,
    );
    expect(mayRate({ ...booked, status: 'held' })).toBe(true);
    expect(mayRate({ ...booked, status: 'held', rating: { stars: 5 } })).toBe(false);
    expect(mayRate(booked)).toBe(false);
  });

  it('names the calendar file by the day of the session', () => {
    expect(calendarFileName({ id: 'session-abcdef123456', start })).toBe(
      'vetlink-mentor-2026-12-08-123456.ics',
    );
  });
});

describe('weekly hours form', () => {
  it('groups rules by weekday and flattens them back in weekday order', () => {
    const rules = [
      { weekday: 3, start: '14:00', end: '17:00' },
      { weekday: 1, start: '19:00', end: '21:00' },
      { weekday: 1, start: '09:00', end: '12:00' },
    ];
    const hours = weekHoursOf(rules);
    expect(hours[1]).toEqual([
      { start: '09:00', end: '12:00' },
      { start: '19:00', end: '21:00' },
    ]);
    expect(hours[7]).toEqual([]);
    expect(rulesOf(hours)).toEqual([
      { weekday: 1, start: '09:00', end: '12:00' },
      { weekday: 1, start: '19:00', end: '21:00' },
      { weekday: 3, start: '14:00', end: '17:00' },
    ]);
  });

  it('names off-grid times, ranges ending before they start, and overlaps', () => {
    expect(
      rangeProblems([
        { start: '09:00', end: '12:00' },
        { start: '11:00', end: '13:00' },
        { start: '14:10', end: '15:00' },
        { start: '18:00', end: '17:00' },
        { start: '20:00', end: '24:00' },
      ]),
    ).toEqual(['overlap', 'overlap', 'offGrid', 'endBeforeStart', undefined]);
    expect(rangeProblems([{ start: '9:00', end: '10:00' }])).toEqual(['offGrid']);
  });
});
