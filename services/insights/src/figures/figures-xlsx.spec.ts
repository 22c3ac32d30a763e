import { Workbook } from 'exceljs';
import type { FigureRow } from './domain/figure-table';
import { FIGURE_IDS } from './domain/figures';
import { DEFINITIONS } from './figures.dto';
import { figuresWorkbook } from './figures-xlsx';

const figures = {
  ...Object.fromEntries(FIGURE_IDS.map((id) => [id, 0])),
  'positions-posted': 3,
  'average-days-to-hire': null,
} as FigureRow['figures'];

describe('the Excel export', () => {
  it('holds a title row, the figures as numbers, and every definition on a second sheet', async () => {
    const query = { from: '2027-01-01', to: '2027-01-31', period: 'month' as const, by: 'district' as const };
    const rows = [{ period: '2027-01', cityId: 'nanjing', districtId: 'nanjing-jianye', figures }];
    const file = await figuresWorkbook(
      { ...query, cityId: 'nanjing' },
      rows,
      DEFINITIONS,
      new Date('2027-02-01T08:00:00Z'),
    );

    const workbook = new Workbook();
    await workbook.xlsx.load(file as never);
    const [sheet, definitions] = workbook.worksheets;
    expect(sheet.name).toBe('figures');
    expect(sheet.getCell('A1').value).toBe(
      'vetlink bureau figures 2027-01-01..2027-01-31 by month, nanjing by district, generated 2027-02-01T08:00:00.000Z',
    );
    expect(sheet.getRow(2).values).toEqual(
      expect.arrayContaining(['period', 'cityId', 'districtId', 'positions-posted']),
    );
    expect(sheet.getCell('A3').value).toBe('2027-01');
    expect(sheet.getCell('D3').value).toBe(3);
    expect(sheet.rowCount).toBe(3);
    expect(definitions.name).toBe('definitions');
    expect(definitions.rowCount).toBe(1 + Object.keys(DEFINITIONS).length);
    expect(definitions.getCell('A2').value).toBe('positions-posted');
    expect(definitions.getCell('B2').value).toBe('发布岗位数');
  });
});
