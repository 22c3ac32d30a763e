/** An ISO-8601 week in the platform's time zone: the unit of "one digest per veteran per week". */
export interface IsoWeek {
  /** e.g. 2026-W48 */
  id: string;
  /** Its Monday, YYYY-MM-DD in the time zone. */
  monday: string;
  /** Monday 00:00 and the next Monday 00:00 in the time zone, as instants. */
  start: Date;
  end: Date;
}

const DAY_MS = 24 * 3600_000;
const WEEK_ID = /^(\d{4})-W(\d{2})$/;

export function isoWeekOf(instant: Date, timeZone: string): IsoWeek {
  const local = localDate(instant, timeZone);
  const { year, week } = isoWeekNumber(local);
  return weekFrom(year, week, timeZone);
}

/** The week an id names, or null when it is not a real ISO week (e.g. 2026-W53: 2026 has 52). */
export function parseIsoWeek(id: string, timeZone: string): IsoWeek | null {
  const match = WEEK_ID.exec(id);
  if (!match) return null;
  const year = Number(match[1]);
  const week = Number(match[2]);
  if (week < 1 || week > weeksInYear(year)) return null;
  return weekFrom(year, week, timeZone);
}

/** The week before, for "since the previous digest". */
export function previousWeek(week: IsoWeek, timeZone: string): IsoWeek {
  return isoWeekOf(new Date(week.start.getTime() - DAY_MS), timeZone);
}

function weekFrom(year: number, week: number, timeZone: string): IsoWeek {
  // Monday of ISO week 1 is the Monday of the week holding 4 January.
  const jan4 = Date.UTC(year, 0, 4);
  const mondayOfWeek1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS;
  const monday = new Date(mondayOfWeek1 + (week - 1) * 7 * DAY_MS);
  const mondayText = monday.toISOString().slice(0, 10);
  const nextMonday = new Date(monday.getTime() + 7 * DAY_MS).toISOString().slice(0, 10);
  return {
    id: `${year}-W${String(week).padStart(2, '0')}`,
    monday: mondayText,
    start: localMidnight(mondayText, timeZone),
    end: localMidnight(nextMonday, timeZone),
  };
}

function isoWeekNumber(date: string): { year: number; week: number } {
  const day = Date.parse(`${date}T00:00:00Z`);
  const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = new Date(day + (3 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return { year, week };
}

function weeksInYear(year: number): number {
  return isoWeekNumber(`${year}-12-28`).week;
}

/** YYYY-MM-DD of an instant in a time zone. */
function localDate(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

/** The instant of 00:00 on a calendar day in a time zone (offset looked up at that moment). */
function localMidnight(date: string, timeZone: string): Date {
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  const offset = offsetMinutes(new Date(utcMidnight), timeZone);
  const guess = utcMidnight - offset * 60_000;
  // Across a daylight-saving change the offset at the guess may differ; one correction settles it.
  return new Date(utcMidnight - offsetMinutes(new Date(guess), timeZone) * 60_000);
}

function offsetMinutes(instant: Date, timeZone: string): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** Whether a name is a time zone this runtime knows (for configuration). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}
