import { windowProblems } from './window-problems';

describe('a day of availability windows', () => {
  it('accepts windows on the quarter hour that touch but do not overlap', () => {
    const windows = [
      { start: '14:00', end: '17:00' },
      { start: '09:00', end: '12:00' },
      { start: '12:00', end: '12:45' },
    ];
    expect(windowProblems(windows, 'weeklyRules')).toEqual([]);
  });

  it('names off-grid times, backwards windows and overlaps', () => {
    const problems = windowProblems(
      [
        { start: '09:10', end: '10:00' },
        { start: '11:00', end: '10:00' },
        { start: '09:30', end: '10:30' },
      ],
      'overrides.0.windows',
    );
    expect(problems.map((problem) => problem.field)).toEqual([
      'overrides.0.windows.0',
      'overrides.0.windows.1.end',
      'overrides.0.windows',
    ]);
  });
});
