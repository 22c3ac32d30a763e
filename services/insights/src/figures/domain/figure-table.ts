import { isoWeekOf } from '@vetlink/clock';
import { FIGURE_IDS, type FigureId } from './figures';
import { parseCountKey, type Tally } from './tally';

export const PERIODS = ['day', 'week', 'month', 'total'] as const;
export const GROUPINGS = ['province', 'city', 'district'] as const;
export type Period = (typeof PERIODS)[number];
export type Grouping = (typeof GROUPINGS)[number];

export interface FigureQuery {
  /** First and last calendar day (Asia/Shanghai), both included. */
  from: string;
  to: string;
  period: Period;
  by: Grouping;
  /** Only this city (an officer's own, or the one asked for). */
  cityId?: string;
}

export interface FigureRow {
  period: string;
  cityId?: string;
  districtId?: string;
  figures: Record<FigureId, number> & { 'average-days-to-hire': number | null };
}

/** The months (YYYY-MM) whose tallies can hold the query's days. */
export function monthsOf(query: Pick<FigureQuery, 'from' | 'to'>): string[] {
  const months: string[] = [];
  let [year, month] = query.from.slice(0, 7).split('-').map(Number);
  const last = query.to.slice(0, 7);
  for (;;) {
    const current = `${year}-${String(month).padStart(2, '0')}`;
    if (current > last) return months;
    months.push(current);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
}

function periodOf(day: string, period: Period, query: FigureQuery): string {
  if (period === 'day') return day;
  if (period === 'week') return isoWeekOf(day);
  if (period === 'month') return day.slice(0, 7);
  return `${query.from}..${query.to}`;
}

function zeroFigures(): FigureRow['figures'] {
  const figures = Object.fromEntries(FIGURE_IDS.map((id) => [id, 0])) as Record<FigureId, number>;
  return { ...figures, 'average-days-to-hire': null };
}

/**
 * Adds up the tallies' counts of the query's days into one row per period and place, in period then
 * place order. A week that straddles the query's edges counts only its days inside the query.
 */
export function figureTable(tallies: readonly Tally[], query: FigureQuery): FigureRow[] {
  const rows = new Map<string, FigureRow>();
  for (const tally of tallies) {
    for (const [text, amount] of Object.entries(tally.counts)) {
      const key = parseCountKey(text);
      if (key.day < query.from || key.day > query.to) continue;
      if (query.cityId && key.cityId !== query.cityId) continue;
      if (!FIGURE_IDS.includes(key.figure)) continue;
      const period = periodOf(key.day, query.period, query);
      const place = {
        ...(query.by !== 'province' ? { cityId: key.cityId } : {}),
        ...(query.by === 'district' ? { districtId: key.districtId } : {}),
      };
      const rowKey = [period, place.cityId ?? '', place.districtId ?? ''].join('|');
      const row = rows.get(rowKey) ?? { period, ...place, figures: zeroFigures() };
      row.figures[key.figure] += amount;
      rows.set(rowKey, row);
    }
  }
  for (const row of rows.values()) row.figures['average-days-to-hire'] = averageDaysToHire(row.figures);
  return [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
}

function averageDaysToHire(figures: Record<FigureId, number>): number | null {
  const timed = figures['hires-timed'];
  return timed > 0 ? Math.round((figures['posting-to-hire-hours'] / timed / 24) * 10) / 10 : null;
}
