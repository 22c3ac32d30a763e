/** Calendar days as `YYYY-MM-DD` (Asia/Shanghai days: a due date has no time of day). */
export type Day = string;

const DAY_MS = 86_400_000;

function parts(day: Day): [number, number, number] {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return [year, month, date];
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The same day of the month, `months` later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb).
 * Always counted from the start day, never chained, so that 31 Jan, 28 Feb, 31 Mar stay on the 31st.
 */
export function addMonths(day: Day, months: number): Day {
  const [year, month, date] = parts(day);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const targetDate = Math.min(date, daysInMonth(targetYear, targetMonth));
  return `${String(targetYear).padStart(4, '0')}-${String(targetMonth).padStart(2, '0')}-${String(targetDate).padStart(2, '0')}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Day, to: Day): number {
  const [fy, fm, fd] = parts(from);
  const [ty, tm, td] = parts(to);
  return Math.round((Date.UTC(ty, tm - 1, td) - Date.UTC(fy, fm - 1, fd)) / DAY_MS);
}

export function yearOf(day: Day): string {
  return day.slice(0, 4);
}

export function monthOf(day: Day): string {
  return day.slice(0, 7);
}

export function isDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [year, month, date] = parts(value);
  return month >= 1 && month <= 12 && date >= 1 && date <= daysInMonth(year, month);
}
