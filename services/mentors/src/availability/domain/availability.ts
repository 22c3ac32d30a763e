/**
 * A mentor's availability, all in Asia/Shanghai wall-clock time, on a 15-minute grid (session lengths,
 * buffers and window edges are multiples of 15 minutes, so that time blocks of 15 minutes describe any
 * booking exactly and overlapping bookings always share a block).
 */
export const GRID_MINUTES = 15;

/** A span of one day, `HH:mm` to `HH:mm` (end after start; `24:00` ends the day). */
export interface TimeWindow {
  start: string;
  end: string;
}

/** Hours on one ISO weekday (1 Monday … 7 Sunday). */
export interface WeeklyRule extends TimeWindow {
  weekday: number;
}

/** A date whose hours differ from the weekly rules: `off` (no hours), or exactly these hours. */
export interface DateOverride {
  date: string;
  windows: TimeWindow[];
}

export interface Availability {
  mentorId: string;
  weeklyRules: WeeklyRule[];
  overrides: DateOverride[];
  /** The session lengths the mentor offers, minutes; the first is the default. */
  sessionMinutes: number[];
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  /** A session starts at least this long after it is booked. */
  minNoticeMinutes: number;
  /** A session starts within this many days of now. */
  horizonDays: number;
  maxPerDay: number;
  maxPerWeek: number;
  /** Public holidays off and adjusted working days on (China's calendar); overrides still win. */
  followsPublicCalendar: boolean;
  /** On an adjusted working day (a weekend day worked), the weekly rules of this weekday apply. */
  adjustedWorkdayAs: number;
  updatedAt: Date;
}

export const DEFAULT_AVAILABILITY: Omit<Availability, 'mentorId' | 'updatedAt'> = {
  weeklyRules: [],
  overrides: [],
  sessionMinutes: [60],
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 15,
  minNoticeMinutes: 12 * 60,
  horizonDays: 30,
  maxPerDay: 4,
  maxPerWeek: 10,
  followsPublicCalendar: true,
  adjustedWorkdayAs: 1,
};

export function isOnGrid(minutes: number): boolean {
  return Number.isInteger(minutes) && minutes % GRID_MINUTES === 0;
}
