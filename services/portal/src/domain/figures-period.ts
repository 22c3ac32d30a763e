import type { operations } from '../api/schema';
import { CITIES } from './places';
import { shanghaiMonth } from './shanghai-time';

/** The query of `GET /api/figures` (and of its exports, which take the same). */
export type FigureQuery = operations['insights_FiguresController_table']['parameters']['query'];
export type FigureCity = NonNullable<FigureQuery['cityId']>;

/** The API takes at most three years between `from` and `to`. */
export const MAX_MONTHS = 36;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A month picked on the dashboard: YYYY-MM, both ends included. */
export interface MonthPeriod {
  from: string;
  to: string;
}

function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

function monthOfIndex(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month from `from` to `to`, both included. */
export function monthsOf(period: MonthPeriod): string[] {
  const months: string[] = [];
  for (let index = monthIndex(period.from); index <= monthIndex(period.to); index += 1)
    months.push(monthOfIndex(index));
  return months;
}

/** The last calendar day of a month (YYYY-MM-DD). */
export function lastDayOf(month: string): string {
  const first = monthIndex(month) + 1;
  const day = new Date(Date.UTC(Math.floor(first / 12), first % 12, 0));
  return day.toISOString().slice(0, 10);
}

/** The twelve months up to this one: the bureau's year as it reports it. */
export function defaultPeriod(now: Date): MonthPeriod {
  const to = shanghaiMonth(now);
  return { from: monthOfIndex(monthIndex(to) - 11), to };
}

export type PeriodIssue = 'invalid' | 'beforeFrom' | 'tooLong';

/** What is wrong with a period as picked, by field (none when it can be asked for). */
export function periodIssues(period: MonthPeriod): Partial<Record<keyof MonthPeriod, PeriodIssue>> {
  const issues: Partial<Record<keyof MonthPeriod, PeriodIssue>> = {};
  if (!MONTH.test(period.from)) issues.from = 'invalid';
  if (!MONTH.test(period.to)) issues.to = 'invalid';
  if (issues.from || issues.to) return issues;
  const months = monthIndex(period.to) - monthIndex(period.from) + 1;
  if (months < 1) issues.to = 'beforeFrom';
  else if (months > MAX_MONTHS) issues.to = 'tooLong';
  return issues;
}

export function isFigureCity(id: string | undefined): id is FigureCity {
  return !!id && CITIES.some((city) => city.id === id);
}

/**
 * The dashboard's question: each month of the period, by city; one city when chosen (a city bureau's
 * officer is given their own city by the API whatever is asked).
 */
export function figureQuery(period: MonthPeriod, cityId: string | undefined): FigureQuery {
  return {
    from: `${period.from}-01`,
    to: lastDayOf(period.to),
    period: 'month',
    by: 'city',
    ...(isFigureCity(cityId) ? { cityId } : {}),
  };
}

/** The saved export's name says what it holds: place and months. */
export function exportFileName(
  format: 'csv' | 'xlsx',
  period: MonthPeriod,
  cityId: string | undefined,
): string {
  const place = isFigureCity(cityId) ? cityId : 'jiangsu';
  return `vetlink-figures-${place}-${period.from}-${period.to}.${format}`;
}
