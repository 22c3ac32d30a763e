export const DAY_MS = 24 * 3600_000;
/** Asia/Shanghai has no daylight saving: always UTC+8. */
const SHANGHAI_OFFSET_MS = 8 * 3600_000;

/** Midnight in Shanghai of the day `instant` falls on: the default "now" of the generators. */
export function startOfShanghaiDay(instant: Date): Date {
  const local = instant.getTime() + SHANGHAI_OFFSET_MS;
  return new Date(local - (local % DAY_MS) - SHANGHAI_OFFSET_MS);
}

/** The Shanghai calendar date of `instant`, YYYY-MM-DD. */
export function shanghaiDate(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** 23:59:59 Shanghai time, `days` days after the day `instant` falls on. */
export function endOfShanghaiDayAfter(instant: Date, days: number): Date {
  return new Date(startOfShanghaiDay(instant).getTime() + (days + 1) * DAY_MS - 1000);
}
