/** Asia/Shanghai keeps UTC+8 all year (no daylight saving), so wall-clock arithmetic is a fixed offset. */
const OFFSET_MS = 8 * 3600_000;
const DAY_MS = 24 * 3600_000;

/** The calendar day (YYYY-MM-DD) in Asia/Shanghai. */
export function shanghaiDay(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** ISO weekday of a calendar day (YYYY-MM-DD): 1 Monday … 7 Sunday. */
export function isoWeekday(day: string): number {
  const weekday = new Date(`${day}T00:00:00.000Z`).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** The ISO week (e.g. 2026-W49) of a calendar day: the week of its Thursday. */
export function isoWeekOf(day: string): string {
  const thursday = new Date(Date.parse(`${day}T00:00:00.000Z`) + (4 - isoWeekday(day)) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Minutes since midnight in Asia/Shanghai. */
export function shanghaiMinuteOfDay(instant: Date): number {
  return Math.floor(positiveModulo(instant.getTime() + OFFSET_MS, DAY_MS) / 60_000);
}

/** The instant of the next `HH:mm` in Asia/Shanghai strictly after `instant`. */
export function nextShanghaiClockTime(instant: Date, minuteOfDay: number): Date {
  const t = instant.getTime();
  const midnight = t - positiveModulo(t + OFFSET_MS, DAY_MS);
  let next = midnight + minuteOfDay * 60_000;
  while (next <= t) next += DAY_MS;
  return new Date(next);
}

/** `HH:mm` to minutes since midnight. */
export function parseClockTime(text: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  if (!match) throw new Error(`not a clock time (HH:mm): ${text}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** A readable Shanghai wall-clock time, e.g. `2026-03-02 07:00`. */
export function formatShanghai(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

function positiveModulo(value: number, modulus: number): number {
  return ((value % modulus) + modulus) % modulus;
}
