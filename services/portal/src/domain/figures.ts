import type { Schemas } from '../api/client';

/** The bureau's figures as insights answers them (`GET /api/figures`), each with its definition. */
export type FigureTable = Schemas['insights.FigureTableDto_Output'];
export type FigureRow = FigureTable['rows'][number];
/** The figures that are counts or sums, so that months and cities add up (not the average). */
export type CountedFigure = Exclude<keyof FigureRow['figures'], 'average-days-to-hire'>;

/** Figures in fen (the API's unit for money): shown in yuan. */
const MONEY: ReadonlySet<CountedFigure> = new Set(['loans-disbursed-fen', 'loan-interest-subsidised-fen']);

export interface DashboardSection {
  id: string;
  /** Every figure of the section's table, in column order. */
  figures: CountedFigure[];
  /** The figures the chart draws: one unit per chart (counts, or yuan). */
  charted: CountedFigure[];
}

/** What an officer at the bureau's desk reads, grouped as the programme reports its work. */
export const DASHBOARD_SECTIONS: readonly DashboardSection[] = [
  {
    id: 'positions',
    figures: ['positions-posted', 'positions-posted-veteran-priority', 'positions-posted-veterans-only'],
    charted: ['positions-posted', 'positions-posted-veteran-priority'],
  },
  {
    id: 'employers',
    figures: ['employers-registered', 'employers-verified'],
    charted: ['employers-registered', 'employers-verified'],
  },
  {
    id: 'outcomes',
    figures: ['applications', 'hires'],
    charted: ['applications', 'hires'],
  },
  {
    id: 'outreach',
    figures: ['job-pushes', 'job-pushes-opened', 'weekly-digests-sent', 'weekly-digests-opened'],
    charted: ['job-pushes', 'job-pushes-opened', 'weekly-digests-sent', 'weekly-digests-opened'],
  },
  {
    id: 'mentors',
    figures: ['mentor-sessions-booked', 'mentor-sessions-held'],
    charted: ['mentor-sessions-booked', 'mentor-sessions-held'],
  },
  {
    id: 'incubation',
    figures: ['startups-admitted', 'incubation-jobs-created', 'incubation-jobs-for-veterans'],
    charted: ['startups-admitted', 'incubation-jobs-created', 'incubation-jobs-for-veterans'],
  },
  {
    id: 'loans',
    figures: ['loans-disbursed', 'loans-disbursed-fen', 'loan-interest-subsidised-fen'],
    charted: ['loans-disbursed-fen', 'loan-interest-subsidised-fen'],
  },
];

export function isMoney(figure: CountedFigure): boolean {
  return MONEY.has(figure);
}

/** A figure as the table shows it: counts as whole numbers, money in yuan with two decimals. */
export function figureValue(figure: CountedFigure, amount: number, locale: string): string {
  if (!isMoney(figure)) return amount.toLocaleString(locale);
  return (amount / 100).toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** The number a chart draws for a figure (yuan for money, so that its axis reads as the table). */
export function chartValue(figure: CountedFigure, amount: number): number {
  return isMoney(figure) ? amount / 100 : amount;
}

export type Totals = Record<CountedFigure, number>;

function emptyTotals(figures: readonly CountedFigure[]): Totals {
  return Object.fromEntries(figures.map((figure) => [figure, 0])) as Totals;
}

function addRow(into: Totals, row: FigureRow, figures: readonly CountedFigure[]): void {
  for (const figure of figures) into[figure] += row.figures[figure];
}

/**
 * The answer's rows (one per month and city) added up per month, for every month of the period: a
 * month with nothing counted has no row in the answer and shows as zeros, so the months line up.
 */
export function totalsByMonth(
  rows: readonly FigureRow[],
  months: readonly string[],
  figures: readonly CountedFigure[],
): { month: string; totals: Totals }[] {
  const byMonth = new Map(months.map((month) => [month, emptyTotals(figures)]));
  for (const row of rows) {
    const totals = byMonth.get(row.period);
    if (totals) addRow(totals, row, figures);
  }
  return months.map((month) => ({ month, totals: byMonth.get(month) ?? emptyTotals(figures) }));
}

/** The cities' sums over the period, in the order the answer names them, the city `unknown` last. */
export function totalsByCity(
  rows: readonly FigureRow[],
  figures: readonly CountedFigure[],
): { cityId: string; totals: Totals }[] {
  const byCity = new Map<string, Totals>();
  for (const row of rows) {
    const cityId = row.cityId ?? 'unknown';
    const totals = byCity.get(cityId) ?? emptyTotals(figures);
    byCity.set(cityId, totals);
    addRow(totals, row, figures);
  }
  const known = [...byCity.keys()].filter((id) => id !== 'unknown').sort();
  const order = byCity.has('unknown') ? [...known, 'unknown'] : known;
  return order.map((cityId) => ({ cityId, totals: byCity.get(cityId) ?? emptyTotals(figures) }));
}

/**
 * The veteran-priority share of the positions posted, in whole per cent; `undefined` when none was
 * posted (0 of 0 is no share at all, not 0 %).
 */
export function veteranPriorityShare(
  totals: Pick<Totals, 'positions-posted' | 'positions-posted-veteran-priority'>,
): number | undefined {
  const posted = totals['positions-posted'];
  if (posted === 0) return undefined;
  return Math.round((totals['positions-posted-veteran-priority'] / posted) * 100);
}

/** The headline of each part, side by side per city: where the programme works and where it lags. */
export const BY_CITY_FIGURES: readonly CountedFigure[] = [
  'positions-posted',
  'positions-posted-veteran-priority',
  'employers-verified',
  'applications',
  'hires',
  'mentor-sessions-held',
  'startups-admitted',
  'loans-disbursed-fen',
];
