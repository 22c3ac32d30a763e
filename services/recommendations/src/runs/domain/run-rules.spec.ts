import { parseIsoWeek } from '../../weeks/domain/iso-week';
import { dryRunId, runState, runUntil } from './run-rules';

const WEEK = parseIsoWeek('2026-W48', 'Asia/Shanghai')!;

describe('what a run covers', () => {
  it('runs up to the moment it starts within its week, to the week end for a past week, never for a future one', () => {
    const mondayNine = new Date('2026-11-23T01:00:00Z');
    expect(runUntil(WEEK, mondayNine)).toEqual(mondayNine);
    expect(runUntil(WEEK, new Date('2026-12-10T00:00:00Z'))).toEqual(WEEK.end);
    expect(runUntil(WEEK, new Date('2026-11-20T00:00:00Z'))).toBeNull();
  });
});

describe('run progress', () => {
  const outcomes = { sent: 0, 'nothing-new': 0 };

  it('is fanning out until the total is known, running until every veteran is done or failed', () => {
    expect(runState({ total: null, outcomes, failed: 0 })).toBe('fanning-out');
    expect(runState({ total: 3, outcomes: { ...outcomes, sent: 2 }, failed: 0 })).toBe('running');
    expect(runState({ total: 3, outcomes: { ...outcomes, sent: 2, 'nothing-new': 1 }, failed: 0 })).toBe(
      'completed',
    );
    expect(runState({ total: 3, outcomes: { ...outcomes, sent: 2 }, failed: 1 })).toBe(
      'completed-with-failures',
    );
  });

  it('gives each dry run an id of its own, apart from the week', () => {
    expect(dryRunId('2026-W48', new Date('2026-11-23T01:00:00Z'))).toMatch(/^2026-W48-dry-[0-9a-z]+$/);
  });
});
