import { FIGURE_IDS } from './domain/figures';
import type { FigureQuery, FigureRow } from './domain/figure-table';
import { exportTitle } from './export-title';

/** The exports' columns: the period and place, every figure, then the derived average. */
export const EXPORT_COLUMNS = ['period', 'cityId', 'districtId', ...FIGURE_IDS, 'average-days-to-hire'];

/** One row's values in EXPORT_COLUMNS order (an absent place or average is null). */
export function exportValues(row: FigureRow): (string | number | null)[] {
  return [
    row.period,
    row.cityId ?? null,
    row.districtId ?? null,
    ...FIGURE_IDS.map((id) => row.figures[id]),
    row.figures['average-days-to-hire'],
  ];
}

/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
function field(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A title row naming the query, the header, then one row per period and place (CRLF line ends). */
export function figuresCsv(query: FigureQuery, rows: readonly FigureRow[]): string {
  const lines = [
    field(exportTitle(query)),
    EXPORT_COLUMNS.join(','),
    ...rows.map((row) => exportValues(row).map(field).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
