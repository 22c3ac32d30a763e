// Days, months and clock times as the bureau, employers and the services count them: in Asia/Shanghai,
// whatever the device's own time zone. Shanghai keeps UTC+8 all year (no daylight saving), so a fixed
// offset is exact.
export const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

const shifted = (instant: Date | string): string =>
  new Date(new Date(instant).getTime() + SHANGHAI_OFFSET_MS).toISOString();

/** The calendar day in Shanghai of an instant, YYYY-MM-DD. */
export function shanghaiDay(instant: Date | string): string {
  return shifted(instant).slice(0, 10);
}

/** The month in Shanghai of an instant, YYYY-MM. */
export function shanghaiMonth(instant: Date | string): string {
  return shifted(instant).slice(0, 7);
}

/** The wall-clock time in Shanghai of an instant, HH:mm. */
export function shanghaiClock(instant: Date | string): string {
  return shifted(instant).slice(11, 16);
}

/** Midnight of a Shanghai day as the APIs take instants: ISO 8601 with the +08:00 offset. */
export function shanghaiMidnight(day: string): string {
  return `${day}T00:00:00+08:00`;
}

/** The last second of a Shanghai day: a deadline "on the 20th" still takes applications that evening. */
export function endOfShanghaiDay(day: string): string {
  return new Date(`${day}T23:59:59+08:00`).toISOString();
}
