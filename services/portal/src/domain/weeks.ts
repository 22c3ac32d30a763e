/**
 * ISO weeks as recommendations names them (`2026-W49`, in Asia/Shanghai), for this week's picks: the
 * digest message links with the week's Monday (`?week=2026-11-30`), the API answers by ISO week.
 */
import { shanghaiDay } from './shanghai-time';

const WEEK = /^(\d{4})-W(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** The ISO week holding a calendar day (`2026-12-07` → `2026-W50`), or undefined for no such day. */
export function isoWeekOfDay(day: string): string | undefined {
  const match = DAY.exec(day);
  if (!match) return undefined;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = new Date(Date.UTC(year, month - 1, date));
  if (utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== date) return undefined;
  return isoWeekOfUtcDay(utc);
}

/** This week in Shanghai, whatever the device's time zone. */
export function currentIsoWeek(now: Date): string {
  return isoWeekOfUtcDay(new Date(`${shanghaiDay(now)}T00:00:00Z`));
}

/** The week `by` weeks later (earlier when negative). */
export function shiftIsoWeek(week: string, by: number): string {
  const monday = mondayOf(week);
  return isoWeekOfUtcDay(new Date(monday.getTime() + by * 7 * DAY_MS));
}

/** Its Monday and Sunday as calendar days (YYYY-MM-DD). */
export function daysOfIsoWeek(week: string): { monday: string; sunday: string } {
  const monday = mondayOf(week);
  return { monday: dayOf(monday), sunday: dayOf(new Date(monday.getTime() + 6 * DAY_MS)) };
}

/**
 * The week a link or address names: an ISO week, or a day of it (the digest message's Monday);
 * this week when it names none or one that does not exist.
 */
export function weekNamed(named: unknown, now: Date): string {
  if (typeof named === 'string') {
    if (isIsoWeek(named)) return named;
    const ofDay = isoWeekOfDay(named);
    if (ofDay) return ofDay;
  }
  return currentIsoWeek(now);
}

export function isIsoWeek(week: string): boolean {
  const match = WEEK.exec(week);
  if (!match) return false;
  const number = Number(match[2]);
  return number >= 1 && number <= weeksInYear(Number(match[1]));
}

/** Thursday decides the year of a week (ISO 8601); the week number counts from that year's first Thursday. */
function isoWeekOfUtcDay(day: Date): string {
  const thursday = new Date(day.getTime() + (3 - ((day.getUTCDay() + 6) % 7)) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const number = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(number).padStart(2, '0')}`;
}

function mondayOf(week: string): Date {
  const match = WEEK.exec(week);
  if (!match) throw new Error(`not an ISO week: ${week}`);
  const year = Number(match[1]);
  // 4 January is always in week 1
  const january4 = Date.UTC(year, 0, 4);
  const week1Monday = january4 - ((new Date(january4).getUTCDay() + 6) % 7) * DAY_MS;
  return new Date(week1Monday + (Number(match[2]) - 1) * 7 * DAY_MS);
}

function weeksInYear(year: number): number {
  return isoWeekOfUtcDay(new Date(Date.UTC(year, 11, 28))).endsWith('53') ? 53 : 52;
}

function dayOf(utc: Date): string {
  return utc.toISOString().slice(0, 10);
}
