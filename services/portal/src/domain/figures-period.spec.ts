import { describe, expect, it } from 'vitest';
import {
  defaultPeriod,
  exportFileName,
  figureQuery,
  lastDayOf,
  monthsOf,
  periodIssues,
} from './figures-period';
import { shanghaiMonth } from './shanghai-time';

describe('the dashboard period', () => {
  it('takes the month in Shanghai: 23:30 UTC on the last day of a month is already the next one', () => {
    expect(shanghaiMonth(new Date('2026-11-30T23:30:00Z'))).toBe('2026-12');
    expect(shanghaiMonth(new Date('2026-11-30T15:59:00Z'))).toBe('2026-11');
  });

  it('defaults to the twelve months up to this one, across a year', () => {
    expect(defaultPeriod(new Date('2026-03-10T04:00:00Z'))).toEqual({ from: '2025-04', to: '2026-03' });
  });

  it('lists every month of the period, both ends included', () => {
    expect(monthsOf({ from: '2025-11', to: '2026-02' })).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(monthsOf({ from: '2026-05', to: '2026-05' })).toEqual(['2026-05']);
  });

  it("knows each month's last day, leap years too", () => {
    expect(lastDayOf('2024-02')).toBe('2024-02-29');
    expect(lastDayOf('2026-02')).toBe('2026-02-28');
    expect(lastDayOf('2026-12')).toBe('2026-12-31');
  });

  it('names the field of a period that cannot be asked for', () => {
    expect(periodIssues({ from: '2026-01', to: '2026-12' })).toEqual({});
    expect(periodIssues({ from: '', to: '2026-13' })).toEqual({ from: 'invalid', to: 'invalid' });
    expect(periodIssues({ from: '2026-05', to: '2026-04' })).toEqual({ to: 'beforeFrom' });
    expect(periodIssues({ from: '2024-01', to: '2026-12' })).toEqual({});
    expect(periodIssues({ from: '2024-01', to: '2027-01' })).toEqual({ to: 'tooLong' });
  });

  it('asks for each month by city, from the first day to the last, with the city only when one is chosen', () => {
    expect(figureQuery({ from: '2026-01', to: '2026-02' }, 'nanjing')).toEqual({
      from: '2026-01-01',
      to: '2026-02-28',
      period: 'month',
      by: 'city',
      cityId: 'nanjing',
    });
    expect(figureQuery({ from: '2026-01', to: '2026-01' }, '')).not.toHaveProperty('cityId');
    expect(figureQuery({ from: '2026-01', to: '2026-01' }, 'atlantis')).not.toHaveProperty('cityId');
  });

  it('names an export by its place (the province when no city) and months', () => {
    expect(exportFileName('csv', { from: '2026-01', to: '2026-12' }, 'xuzhou')).toBe(
      'vetlink-figures-xuzhou-2026-01-2026-12.csv',
    );
    expect(exportFileName('xlsx', { from: '2026-01', to: '2026-03' }, undefined)).toBe(
      'vetlink-figures-jiangsu-2026-01-2026-03.xlsx',
    );
  });
});
