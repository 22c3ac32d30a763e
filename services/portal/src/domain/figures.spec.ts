import { describe, expect, it } from 'vitest';
import {
  chartValue,
  DASHBOARD_SECTIONS,
  figureValue,
  totalsByCity,
  totalsByMonth,
  veteranPriorityShare,
  type FigureRow,
} from './figures';

/** A row of the answer with every figure zero but those given. */
function row(period: string, cityId: string | undefined, counts: Partial<FigureRow['figures']>): FigureRow {
  const zero = Object.fromEntries(
    DASHBOARD_SECTIONS.flatMap((section) => section.figures).map((figure) => [figure, 0]),
  ) as FigureRow['figures'];
  return { period, ...(cityId ? { cityId } : {}), figures: { ...zero, ...counts } };
}

describe("the bureau's figures on the dashboard", () => {
  const rows = [
    row('2026-11', 'xuzhou', { hires: 2, applications: 5 }),
    row('2026-11', 'nanjing', { hires: 1, applications: 3 }),
    row('2026-12', 'unknown', { applications: 1 }),
    row('2026-12', 'nanjing', { hires: 4 }),
  ];

  it('adds the cities up per month, a month without a row as zeros', () => {
    expect(totalsByMonth(rows, ['2026-10', '2026-11', '2026-12'], ['applications', 'hires'])).toEqual([
      { month: '2026-10', totals: { applications: 0, hires: 0 } },
      { month: '2026-11', totals: { applications: 8, hires: 3 } },
      { month: '2026-12', totals: { applications: 1, hires: 4 } },
    ]);
  });

  it('leaves out rows of months outside the period', () => {
    expect(totalsByMonth(rows, ['2026-12'], ['hires'])).toEqual([{ month: '2026-12', totals: { hires: 4 } }]);
  });

  it('adds the months up per city, the city not named by the events last', () => {
    expect(totalsByCity(rows, ['applications', 'hires'])).toEqual([
      { cityId: 'nanjing', totals: { applications: 3, hires: 5 } },
      { cityId: 'xuzhou', totals: { applications: 5, hires: 2 } },
      { cityId: 'unknown', totals: { applications: 1, hires: 0 } },
    ]);
  });

  it('shows counts whole and money (fen) in yuan', () => {
    expect(figureValue('hires', 1234, 'en')).toBe('1,234');
    expect(figureValue('loans-disbursed-fen', 12345678, 'en')).toBe('123,456.78');
    expect(figureValue('loan-interest-subsidised-fen', 50, 'zh-CN')).toBe('0.50');
    expect(chartValue('loans-disbursed-fen', 250)).toBe(2.5);
    expect(chartValue('loans-disbursed', 3)).toBe(3);
  });

  it('gives the veteran-priority share in whole per cent, and none of no positions', () => {
    expect(veteranPriorityShare({ 'positions-posted': 3, 'positions-posted-veteran-priority': 2 })).toBe(67);
    expect(
      veteranPriorityShare({ 'positions-posted': 0, 'positions-posted-veteran-priority': 0 }),
    ).toBeUndefined();
  });

  it('charts only figures of the table, one unit per chart', () => {
    for (const section of DASHBOARD_SECTIONS) {
      expect(section.charted.every((figure) => section.figures.includes(figure))).toBe(true);
      const units = new Set(section.charted.map((figure) => figure.endsWith('-fen')));
      expect(units.size).toBe(1);
    }
  });
});
