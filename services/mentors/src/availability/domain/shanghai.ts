/** Asia/Shanghai keeps UTC+8 all year (no daylight saving): wall-clock arithmetic is a fixed offset. */
export const SHANGHAI_OFFSET_MS = 8 * 3600_000;
export const MINUTE_MS = 60_000;
export const DAY_MS = 24 * 3600_000;

/** The instant at which a Shanghai calendar day (YYYY-MM-DD) begins. */
export function shanghaiMidnight(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) - SHANGHAI_OFFSET_MS);
}

/** The Shanghai calendar day (YYYY-MM-DD) of an instant. */
export function shanghaiDate(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

// The ISO calendar is the platform's (libs/clock); re-exported for the availability rules.
export { isoWeekday, isoWeekOf } from '@vetlink/clock';

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** `HH:mm` → minutes since midnight; `24:00` is allowed as the end of a day. */
export function minutesOf(clock: string): number {
  const [hours, minutes] = clock.split(':').map(Number);
  return hours * 60 + minutes;
}

/** An instant as ISO 8601 with the Shanghai offset, e.g. 2026-12-07T09:00:00+08:00. */
export function toShanghaiIso(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 19) + '+08:00';
}
