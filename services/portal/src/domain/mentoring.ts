// Mentoring's plain logic: weeks and times in Asia/Shanghai (the mentors service keeps every rule and
// slot there, whatever the phone's own zone), the veterans' change cut-off, and the weekly hours form.
import type { components } from '../api/schema';
import { shanghaiClock, shanghaiDay, shanghaiMidnight } from './shanghai-time';

type Application = components['schemas']['mentors.ApplyAsMentorBody'];
export type Expertise = Application['expertise'][number];
export type MentoringMode = Application['modes'][number];

/** The fields mentors help in, in the order the application form and the finder offer them. */
export const EXPERTISE: Expertise[] = [
  'entrepreneurship',
  'e-commerce-live-streaming',
  'catering',
  'logistics',
  'agriculture',
  'finance-loans',
  'job-search-interviews',
  'law-tax',
  'manufacturing',
  'digital-skills',
  'security-services',
  'driving-transport',
];
export const MENTORING_MODES: MentoringMode[] = ['online', 'in-person'];

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * Veterans may cancel or reschedule until this many hours before the start (the mentor has prepared by
 * then). The mentors service's `VETERAN_CUT_OFF_HOURS`, 12 by default (services/mentors/README.md); the
 * API does not publish it, so the page states the default and shows the service's own refusal if a
 * deployment changed it.
 */
export const VETERAN_CUT_OFF_HOURS = 12;

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The Monday (Shanghai) of the week holding `instant`. */
export function mondayOf(instant: Date | string): string {
  const day = shanghaiDay(instant);
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

/** The range of the slots query for the week starting on `monday`: Monday 00:00 to the next Monday. */
export function weekRange(monday: string): { from: string; to: string } {
  return { from: shanghaiMidnight(monday), to: shanghaiMidnight(addDays(monday, 7)) };
}

export interface TimeSpan {
  start: string;
  end: string;
}

/** The seven days of the week from `monday`, each with its slots in time order (a day may have none). */
export function slotsByDay<T extends TimeSpan>(
  monday: string,
  slots: readonly T[],
): { day: string; slots: T[] }[] {
  const days = Array.from({ length: 7 }, (_, index) => ({ day: addDays(monday, index), slots: [] as T[] }));
  for (const slot of [...slots].sort((a, b) => Date.parse(a.start) - Date.parse(b.start))) {
    days.find((entry) => entry.day === shanghaiDay(slot.start))?.slots.push(slot);
  }
  return days;
}

/** The last moment a veteran may cancel or reschedule a session starting at `start`. */
export function changeDeadline(start: string): Date {
  return new Date(Date.parse(start) - VETERAN_CUT_OFF_HOURS * HOUR_MS);
}

interface SessionLike {
  status: string;
  start: string;
  end: string;
  rating?: unknown;
}

/** Whether the veteran may still cancel or reschedule (the service says the same, and refuses after). */
export function veteranMayChange(session: SessionLike, now: Date): boolean {
  return session.status === 'booked' && now.getTime() < changeDeadline(session.start).getTime();
}

/** Upcoming: booked and not over, soonest first; past: the rest, latest first. */
export function splitSessions<T extends SessionLike>(
  sessions: readonly T[],
  now: Date,
): { upcoming: T[]; past: T[] } {
  const isUpcoming = (s: T) => s.status === 'booked' && Date.parse(s.end) > now.getTime();
  const byStart = (a: T, b: T) => Date.parse(a.start) - Date.parse(b.start);
  return {
    upcoming: sessions.filter(isUpcoming).sort(byStart),
    past: sessions
      .filter((s) => !isUpcoming(s))
      .sort(byStart)
      .reverse(),
  };
}

/** A mentor records held or no-show only once the session has started (the service refuses earlier). */
export function mayRecordOutcome(session: SessionLike, now: Date): boolean {
  return session.status === 'booked' && Date.parse(session.start) <= now.getTime();
}

/** A veteran rates a held session once. */
export function mayRate(session: SessionLike): boolean {
  return session.status === 'held' && session.rating === undefined;
}

/** The name the `.ics` is saved under: the day it happens, so several files do not overwrite each other. */
export function calendarFileName(session: { id: string; start: string }): string {
  return `vetlink-mentor-${shanghaiDay(session.start)}-${session.id.slice(-6)}.ics`;
}

// ---- weekly hours --------------------------------------------------------------------------------

/** The service's weekdays: 1 = Monday … 7 = Sunday. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export interface WeeklyRule {
  weekday: number;
  start: string;
  end: string;
}

export type WeekHours = Record<number, TimeSpan[]>;

/** The rules as the form shows them: each weekday with its time ranges, earliest first. */
export function weekHoursOf(rules: readonly WeeklyRule[]): WeekHours {
  const hours: WeekHours = Object.fromEntries(WEEKDAYS.map((weekday) => [weekday, [] as TimeSpan[]]));
  for (const { weekday, start, end } of rules) hours[weekday]?.push({ start, end });
  for (const weekday of WEEKDAYS) hours[weekday]?.sort((a, b) => a.start.localeCompare(b.start));
  return hours;
}

/** The form's ranges back into the rules the API takes. */
export function rulesOf(hours: WeekHours): WeeklyRule[] {
  return WEEKDAYS.flatMap((weekday) =>
    (hours[weekday] ?? []).map(({ start, end }) => ({ weekday, start, end })),
  );
}

export type RangeProblem = 'offGrid' | 'endBeforeStart' | 'overlap';

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

function minutesOf(clock: string): number {
  const [hours = 0, minutes = 0] = clock.split(':').map(Number);
  return hours * 60 + minutes;
}

/**
 * What is wrong with a day's ranges before sending them (the service says the same as a 400): times on
 * the quarter-hour grid, each ending after it starts, none overlapping the one before.
 */
export function rangeProblems(ranges: readonly TimeSpan[]): (RangeProblem | undefined)[] {
  return ranges.map((range, index) => {
    if (!CLOCK.test(range.start) || !CLOCK.test(range.end)) return 'offGrid';
    if (minutesOf(range.start) % 15 !== 0 || minutesOf(range.end) % 15 !== 0) return 'offGrid';
    if (minutesOf(range.end) <= minutesOf(range.start)) return 'endBeforeStart';
    const overlaps = ranges.some(
      (other, otherIndex) =>
        otherIndex !== index &&
        CLOCK.test(other.start) &&
        CLOCK.test(other.end) &&
        minutesOf(other.start) < minutesOf(range.end) &&
        minutesOf(range.start) < minutesOf(other.end),
    );
    return overlaps ? 'overlap' : undefined;
  });
}

/** A Shanghai day as a person reads it in their language: 12月8日周二, Tue, Dec 8. */
export function dayLabel(day: string, locale: string): string {
  return new Date(`${day}T12:00:00+08:00`).toLocaleDateString(locale, {
    timeZone: 'Asia/Shanghai',
    month: 'short',
    day: 'numeric',
    weekday: 'short',
  });
}

/** A session's or slot's time as one line: its day and its hours, in Shanghai. */
export function spanLabel(span: TimeSpan, locale: string): string {
  return `${dayLabel(shanghaiDay(span.start), locale)} ${shanghaiClock(span.start)}–${shanghaiClock(span.end)}`;
}
