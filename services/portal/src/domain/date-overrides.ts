import { rangeProblems, type RangeProblem, type TimeSpan } from './mentoring';

/** One date a mentor keeps apart from the weekly hours: a day off, or other hours that day (Beijing time). */
export interface DateOverrideRow {
  date: string;
  dayOff: boolean;
  ranges: TimeSpan[];
}

export interface StoredOverride {
  date: string;
  windows: TimeSpan[];
}

export type DateProblem = 'date' | 'past' | 'twice' | 'noRange';

export function rowsOf(overrides: readonly StoredOverride[]): DateOverrideRow[] {
  return [...overrides]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map(({ date, windows }) => ({
      date,
      dayOff: windows.length === 0,
      ranges: windows.map(({ start, end }) => ({ start, end })),
    }));
}

/** As the API stores them: a day off has no windows; dates before today are dropped (they no longer matter). */
export function overridesOf(rows: readonly DateOverrideRow[], today: string): StoredOverride[] {
  return rows
    .filter((row) => row.date >= today)
    .map((row) => ({
      date: row.date,
      windows: row.dayOff ? [] : row.ranges.map(({ start, end }) => ({ start, end })),
    }));
}

/** What is wrong with each row's date, and with each of its ranges (the weekly form's rules). */
export function overrideProblems(
  rows: readonly DateOverrideRow[],
  today: string,
): { date?: DateProblem; ranges: (RangeProblem | undefined)[] }[] {
  return rows.map((row, index) => {
    const ranges = row.dayOff ? [] : rangeProblems(row.ranges);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(row.date) || Number.isNaN(Date.parse(row.date)))
      return { date: 'date', ranges };
    if (row.date < today) return { date: 'past', ranges };
    if (rows.findIndex((other) => other.date === row.date) !== index) return { date: 'twice', ranges };
    if (!row.dayOff && row.ranges.length === 0) return { date: 'noRange', ranges };
    return { ranges };
  });
}

export function hasProblems(problems: ReturnType<typeof overrideProblems>): boolean {
  return problems.some((problem) => problem.date !== undefined || problem.ranges.some(Boolean));
}
