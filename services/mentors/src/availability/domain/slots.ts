import { Availability, GRID_MINUTES, TimeWindow } from './availability';
import { CHINA_PUBLIC_CALENDAR } from './china-calendar';
import {
  addDays,
  DAY_MS,
  isoWeekday,
  isoWeekOf,
  MINUTE_MS,
  minutesOf,
  shanghaiDate,
  shanghaiMidnight,
} from './shanghai';

export interface Slot {
  start: Date;
  end: Date;
}

/** A booked session as slot generation sees it: the time it keeps the mentor busy, buffers included. */
export interface BusyTime {
  blockedFrom: Date;
  blockedUntil: Date;
  /** Its Shanghai day and ISO week, for the daily and weekly caps. */
  day: string;
}

/** Why a requested time is not a slot (each becomes a 4xx naming it). */
export type SlotRefusal =
  'in-the-past' | 'within-minimum-notice' | 'beyond-horizon' | 'outside-availability' | 'unsupported-length';

/** The hours a mentor offers on one Shanghai day, before bookings: override, then calendar, then rules. */
export function windowsOn(availability: Availability, day: string): TimeWindow[] {
  const override = availability.overrides.find((candidate) => candidate.date === day);
  if (override) return override.windows;
  const publicDay = availability.followsPublicCalendar ? CHINA_PUBLIC_CALENDAR.get(day) : undefined;
  if (publicDay?.kind === 'holiday') return [];
  const weekday = publicDay?.kind === 'working-day' ? availability.adjustedWorkdayAs : isoWeekday(day);
  return availability.weeklyRules
    .filter((rule) => rule.weekday === weekday)
    .map(({ start, end }) => ({ start, end }))
    .sort((a, b) => minutesOf(a.start) - minutesOf(b.start));
}

/** The earliest start allowed now, and the end of the horizon. */
export function bookableSpan(availability: Availability, now: Date): { earliest: Date; latest: Date } {
  return {
    earliest: new Date(now.getTime() + availability.minNoticeMinutes * MINUTE_MS),
    latest: new Date(now.getTime() + availability.horizonDays * DAY_MS),
  };
}

/** The time a session from `start` keeps the mentor busy: the session and the buffers around it. */
export function blockedTime(availability: Availability, start: Date, minutes: number) {
  return {
    blockedFrom: new Date(start.getTime() - availability.bufferBeforeMinutes * MINUTE_MS),
    blockedUntil: new Date(start.getTime() + (minutes + availability.bufferAfterMinutes) * MINUTE_MS),
  };
}

/**
 * The free slots of `minutes` between `from` and `to`: inside the day's hours, on the 15-minute grid
 * counted from each window's start, after the minimum notice, within the horizon, clear (buffers
 * included) of every busy time, on days and weeks below the mentor's caps.
 */
export function generateSlots(
  availability: Availability,
  range: { from: Date; to: Date; minutes: number },
  now: Date,
  busy: readonly BusyTime[] = [],
): Slot[] {
  const { earliest, latest } = bookableSpan(availability, now);
  const from = Math.max(range.from.getTime(), earliest.getTime());
  const to = Math.min(range.to.getTime(), latest.getTime());
  if (from >= to || !availability.sessionMinutes.includes(range.minutes)) return [];
  const perDay = countBy(busy, (time) => time.day);
  const perWeek = countBy(busy, (time) => isoWeekOf(time.day));
  const sortedBusy = [...busy].sort((a, b) => a.blockedFrom.getTime() - b.blockedFrom.getTime());
  const slots: Slot[] = [];
  const lastDay = shanghaiDate(new Date(to));
  for (let day = shanghaiDate(new Date(from)); day <= lastDay; day = addDays(day, 1)) {
    if ((perDay.get(day) ?? 0) >= availability.maxPerDay) continue;
    if ((perWeek.get(isoWeekOf(day)) ?? 0) >= availability.maxPerWeek) continue;
    const midnight = shanghaiMidnight(day).getTime();
    for (const window of windowsOn(availability, day)) {
      const windowEnd = midnight + minutesOf(window.end) * MINUTE_MS;
      for (
        let start = midnight + minutesOf(window.start) * MINUTE_MS;
        start + range.minutes * MINUTE_MS <= windowEnd;
        start += GRID_MINUTES * MINUTE_MS
      ) {
        if (start < from || start >= to) continue;
        const { blockedFrom, blockedUntil } = blockedTime(availability, new Date(start), range.minutes);
        if (overlapsAny(sortedBusy, blockedFrom.getTime(), blockedUntil.getTime())) continue;
        slots.push({ start: new Date(start), end: new Date(start + range.minutes * MINUTE_MS) });
      }
    }
  }
  return slots;
}

/**
 * Whether a session of `minutes` at `start` is one the mentor offers, ignoring bookings (the claims
 * decide those); otherwise the first reason it is not.
 */
export function refuseSlot(
  availability: Availability,
  start: Date,
  minutes: number,
  now: Date,
): SlotRefusal | undefined {
  if (!availability.sessionMinutes.includes(minutes)) return 'unsupported-length';
  if (start.getTime() <= now.getTime()) return 'in-the-past';
  const { earliest, latest } = bookableSpan(availability, now);
  if (start.getTime() < earliest.getTime()) return 'within-minimum-notice';
  if (start.getTime() >= latest.getTime()) return 'beyond-horizon';
  const slots = generateSlots(
    availability,
    { from: start, to: new Date(start.getTime() + MINUTE_MS), minutes },
    now,
  );
  return slots.some((slot) => slot.start.getTime() === start.getTime()) ? undefined : 'outside-availability';
}

function overlapsAny(sorted: readonly BusyTime[], from: number, until: number): boolean {
  for (const time of sorted) {
    if (time.blockedFrom.getTime() >= until) return false;
    if (time.blockedUntil.getTime() > from) return true;
  }
  return false;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}
