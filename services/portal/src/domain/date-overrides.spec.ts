import { describe, expect, it } from 'vitest';
import { hasProblems, overrideProblems, overridesOf, rowsOf } from './date-overrides';

const TODAY = '2026-12-07';

describe("a mentor's dates apart from the weekly hours", () => {
  it('show as rows by date, a day off without ranges, and go back as the API stores them', () => {
    const rows = rowsOf([
      { date: '2026-12-31', windows: [{ start: '09:00', end: '12:00' }] },
      { date: '2026-12-24', windows: [] },
    ]);
    expect(rows).toEqual([
      { date: '2026-12-24', dayOff: true, ranges: [] },
      { date: '2026-12-31', dayOff: false, ranges: [{ start: '09:00', end: '12:00' }] },
    ]);
    expect(overridesOf(rows, TODAY)).toEqual([
      { date: '2026-12-24', windows: [] },
      { date: '2026-12-31', windows: [{ start: '09:00', end: '12:00' }] },
    ]);
  });

  it('drop the dates that have passed when saving, and keep a day off free of its old ranges', () => {
    const rows = [
      { date: '2026-12-01', dayOff: true, ranges: [] },
      { date: '2026-12-10', dayOff: true, ranges: [{ start: '09:00', end: '10:00' }] },
    ];
    expect(overridesOf(rows, TODAY)).toEqual([{ date: '2026-12-10', windows: [] }]);
  });

  it('name a missing or past date, a date given twice, other hours without a range, and bad ranges', () => {
    const problems = overrideProblems(
      [
        { date: '', dayOff: true, ranges: [] },
        { date: '2026-12-06', dayOff: true, ranges: [] },
        { date: '2026-12-20', dayOff: true, ranges: [] },
        { date: '2026-12-20', dayOff: true, ranges: [] },
        { date: '2026-12-21', dayOff: false, ranges: [] },
        { date: '2026-12-22', dayOff: false, ranges: [{ start: '10:00', end: '09:00' }] },
      ],
      TODAY,
    );
    expect(problems.map((problem) => problem.date)).toEqual([
      'date',
      'past',
      undefined,
      'twice',
      'noRange',
      undefined,
    ]);
    expect(problems[5]?.ranges).toEqual(['endBeforeStart']);
    expect(hasProblems(problems)).toBe(true);
    expect(hasProblems(overrideProblems([{ date: '2026-12-20', dayOff: true, ranges: [] }], TODAY))).toBe(
      false,
    );
  });
});
