import { weekdayAvailability } from './availability.fixture';
import { blockedTime, BusyTime, generateSlots, refuseSlot } from './slots';
import { toShanghaiIso } from './shanghai';

const at = (iso: string) => new Date(iso);
const starts = (slots: { start: Date }[]) => slots.map((slot) => toShanghaiIso(slot.start));
// Monday 7 December 2026, 08:00 in Shanghai.
const mondayMorning = at('2026-12-07T08:00:00+08:00');

function day(date: string) {
  return { from: at(`${date}T00:00:00+08:00`), to: at(`${date}T23:59:00+08:00`), minutes: 60 };
}

describe('slot generation', () => {
  it('offers every 15 minutes of the weekly hours a session fits in, in Shanghai time', () => {
    const slots = generateSlots(weekdayAvailability(), day('2026-12-07'), mondayMorning);
    expect(starts(slots)).toEqual(
      [
        ...['09:00', '09:15', '09:30', '09:45', '10:00', '10:15', '10:30', '10:45', '11:00'],
        ...['14:00', '14:15', '14:30', '14:45', '15:00', '15:15', '15:30', '15:45', '16:00'],
      ].map((time) => `2026-12-07T${time}:00+08:00`),
    );
    expect(slots[0].end.toISOString()).toBe('2026-12-07T02:00:00.000Z');
  });

  it('offers nothing at weekends without rules', () => {
    expect(generateSlots(weekdayAvailability(), day('2026-12-12'), mondayMorning)).toEqual([]);
  });

  it('lets a date override replace the rules: extra hours on a Saturday, a weekday off', () => {
    const availability = weekdayAvailability({
      overrides: [
        { date: '2026-12-12', windows: [{ start: '10:00', end: '11:00' }] },
        { date: '2026-12-08', windows: [] },
      ],
    });
    expect(starts(generateSlots(availability, day('2026-12-12'), mondayMorning))).toEqual([
      '2026-12-12T10:00:00+08:00',
    ]);
    expect(generateSlots(availability, day('2026-12-08'), mondayMorning)).toEqual([]);
  });

  it('keeps public holidays free and works adjusted working days (as the weekday it is told)', () => {
    const availability = weekdayAvailability();
    const newYear = {
      from: at('2026-01-01T00:00:00+08:00'),
      to: at('2026-01-04T23:59:00+08:00'),
      minutes: 60,
    };
    const before = at('2025-12-30T08:00:00+08:00');
    const slots = starts(generateSlots(availability, newYear, before));
    // 1-3 January are holidays (Thursday to Saturday); Sunday 4 January is worked as a Monday.
    expect(slots.every((start) => start.startsWith('2026-01-04'))).toBe(true);
    expect(slots).toHaveLength(18);
    // A mentor who keeps to their own week is bookable on the holiday Thursday.
    const ownWeek = weekdayAvailability({ followsPublicCalendar: false });
    expect(
      starts(generateSlots(ownWeek, newYear, before)).filter((s) => s.startsWith('2026-01-01')),
    ).toHaveLength(18);
  });

  it('lets an override open a holiday', () => {
    const availability = weekdayAvailability({
      overrides: [{ date: '2026-10-02', windows: [{ start: '09:00', end: '10:00' }] }],
    });
    const slots = generateSlots(availability, day('2026-10-02'), at('2026-09-30T08:00:00+08:00'));
    expect(starts(slots)).toEqual(['2026-10-02T09:00:00+08:00']);
  });

  it('keeps buffers clear of other sessions on both sides', () => {
    const availability = weekdayAvailability({ bufferBeforeMinutes: 15, bufferAfterMinutes: 30 });
    const booked = at('2026-12-07T10:00:00+08:00');
    const busy: BusyTime[] = [{ ...blockedTime(availability, booked, 60), day: '2026-12-07' }];
    const morning = starts(generateSlots(availability, day('2026-12-07'), mondayMorning, busy)).filter(
      (start) => start < '2026-12-07T12',
    );
    // Busy 09:45-11:30; a new session needs 15 min before and 30 min after it free.
    expect(morning).toEqual([]);
    const later = weekdayAvailability({ bufferBeforeMinutes: 15, bufferAfterMinutes: 30 });
    const early = at('2026-12-07T09:00:00+08:00');
    const busyEarly: BusyTime[] = [{ ...blockedTime(later, early, 60), day: '2026-12-07' }];
    expect(
      starts(generateSlots(later, day('2026-12-07'), mondayMorning, busyEarly)).filter(
        (s) => s < '2026-12-07T12',
      ),
    ).toEqual(['2026-12-07T10:45:00+08:00', '2026-12-07T11:00:00+08:00']);
  });

  it('holds a minimum notice that crosses midnight', () => {
    const availability = weekdayAvailability({ minNoticeMinutes: 12 * 60 });
    // Monday 22:30: twelve hours on is Tuesday 10:30.
    const lateMonday = at('2026-12-07T22:30:00+08:00');
    const tuesday = starts(generateSlots(availability, day('2026-12-08'), lateMonday));
    expect(tuesday[0]).toBe('2026-12-08T10:30:00+08:00');
    expect(refuseSlot(availability, at('2026-12-08T10:15:00+08:00'), 60, lateMonday)).toBe(
      'within-minimum-notice',
    );
    expect(refuseSlot(availability, at('2026-12-08T10:30:00+08:00'), 60, lateMonday)).toBeUndefined();
  });

  it('stops at the horizon and at the daily and weekly caps', () => {
    const availability = weekdayAvailability({ horizonDays: 2, maxPerDay: 1, maxPerWeek: 2 });
    const slots = generateSlots(
      availability,
      { from: mondayMorning, to: at('2026-12-20T00:00:00+08:00'), minutes: 60 },
      mondayMorning,
    );
    expect(slots.every((slot) => slot.start < at('2026-12-09T08:00:00+08:00'))).toBe(true);
    const oneOnMonday: BusyTime[] = [
      { ...blockedTime(availability, at('2026-12-07T09:00:00+08:00'), 60), day: '2026-12-07' },
    ];
    const capped = generateSlots(availability, day('2026-12-07'), mondayMorning, oneOnMonday);
    expect(capped).toEqual([]);
    const twoThisWeek: BusyTime[] = [
      ...oneOnMonday,
      { ...blockedTime(availability, at('2026-12-08T09:00:00+08:00'), 60), day: '2026-12-08' },
    ];
    const nextWeek = { ...availability, horizonDays: 30 };
    const wednesday = generateSlots(nextWeek, day('2026-12-09'), mondayMorning, twoThisWeek);
    expect(wednesday).toEqual([]);
    expect(generateSlots(nextWeek, day('2026-12-14'), mondayMorning, twoThisWeek).length).toBeGreaterThan(0);
  });

  it('names why a requested time is not a slot', () => {
    const availability = weekdayAvailability({ horizonDays: 30 });
    expect(refuseSlot(availability, at('2026-12-07T07:00:00+08:00'), 60, mondayMorning)).toBe('in-the-past');
    expect(refuseSlot(availability, at('2027-02-01T09:00:00+08:00'), 60, mondayMorning)).toBe(
      'beyond-horizon',
    );
    expect(refuseSlot(availability, at('2026-12-07T12:30:00+08:00'), 60, mondayMorning)).toBe(
      'outside-availability',
    );
    expect(refuseSlot(availability, at('2026-12-07T11:30:00+08:00'), 60, mondayMorning)).toBe(
      'outside-availability',
    );
    expect(refuseSlot(availability, at('2026-12-07T09:10:00+08:00'), 60, mondayMorning)).toBe(
      'outside-availability',
    );
    expect(refuseSlot(availability, at('2026-12-07T09:00:00+08:00'), 45, mondayMorning)).toBe(
      'unsupported-length',
    );
    expect(refuseSlot(availability, at('2026-12-07T09:00:00+08:00'), 60, mondayMorning)).toBeUndefined();
  });
});
