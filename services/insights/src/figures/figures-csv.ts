import { FIGURE_IDS } from './domain/figures';
import type { FigureQuery, FigureRow } from './domain/figure-table';

const COLUMNS = ['period', 'cityId', 'districtId', ...FIGURE_IDS, 'average-days-to-hire'];

/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
function field(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A title row naming the query, the header, then one row per period and place (CRLF line ends). */
export function figuresCsv(query: FigureQuery, rows: readonly FigureRow[]): string {
  const title = `vetlink bureau figures ${query.from}..${query.to} by ${query.period}, ${query.cityId ?? 'all cities'} by ${query.by}`;
  const lines = [
    field(title),
    COLUMNS.join(','),
    ...rows.map((row) =>
      [
        row.period,
        row.cityId,
        row.districtId,
        ...FIGURE_IDS.map((id) => row.figures[id]),
        row.figures['average-days-to-hire'],
      ]
        .map(field)
        .join(','),
    ),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
