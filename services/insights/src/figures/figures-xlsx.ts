import { Workbook } from 'exceljs';
import type { FigureQuery, FigureRow } from './domain/figure-table';
import { EXPORT_COLUMNS, exportValues } from './figures-csv';
import { exportTitle } from './export-title';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Definitions = Record<string, { zh: string; en: string; definition: string }>;

/**
 * The figures as an Excel workbook: sheet "figures" opens with a title row (what, which days, which
 * city, when generated), then the header and one row per period and place, as the CSV; sheet
 * "definitions" says what each figure counts and from which event.
 */
export async function figuresWorkbook(
  query: FigureQuery,
  rows: readonly FigureRow[],
  definitions: Definitions,
  generatedAt: Date,
): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = 'vetlink insights';
  workbook.created = generatedAt;

  const figures = workbook.addWorksheet('figures', { views: [{ state: 'frozen', ySplit: 2 }] });
  figures.addRow([`${exportTitle(query)}, generated ${generatedAt.toISOString()}`]).font = { bold: true };
  figures.addRow(EXPORT_COLUMNS).font = { bold: true };
  for (const row of rows) figures.addRow(exportValues(row));
  figures.getColumn(1).width = 24;

  const sheet = workbook.addWorksheet('definitions');
  sheet.addRow(['figure', '中文', 'English', 'definition']).font = { bold: true };
  for (const [id, { zh, en, definition }] of Object.entries(definitions))
    sheet.addRow([id, zh, en, definition]);
  sheet.columns.forEach((column, index) => (column.width = [36, 20, 36, 100][index]));

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
