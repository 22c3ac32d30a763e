import type { CourseRun } from '../../courses/domain/course-run';
import type { Enrolment } from './enrolment';
import { completionRefusal } from './enrolment-rules';
import {
  RecordedRunDraft,
  recordedEnrolmentId,
  recordedRunDifferences,
  recordedRunId,
  recordedRunProblems,
} from './recorded-run';

// 10:00 in Shanghai on Monday 7 December 2026.
const now = new Date('2026-12-07T10:00:00+08:00');
const course = { durationDays: 10 };
const finished = (fields: Partial<RecordedRunDraft> = {}): RecordedRunDraft => ({
  reference: 'NJ-2026-forklift-07',
  startsOn: '2026-10-12',
  endsOn: '2026-10-23',
  capacity: 3,
  roster: [
    { veteranId: 'v1', completion: { outcome: 'completed', attendancePercent: 95 } },
    { veteranId: 'v2', completion: { outcome: 'not-completed', attendancePercent: 40 } },
    { veteranId: 'v3' },
  ],
  ...fields,
});
const fields = (draft: RecordedRunDraft) =>
  recordedRunProblems(draft, course, now).map((problem) => problem.field);

describe('recording a run held already', () => {
  it('takes a finished run with completions, and a run that begins today with none', () => {
    expect(recordedRunProblems(finished(), course, now)).toEqual([]);
    expect(
      fields(finished({ startsOn: '2026-12-07', endsOn: '2026-12-18', roster: [{ veteranId: 'v1' }] })),
    ).toEqual([]);
  });

  it('refuses a start after today (Shanghai) or more than ten years back, and a run shorter than the course', () => {
    // 23:30 UTC on the 6th is already the 7th in Shanghai: the 7th is today, the 8th tomorrow.
    const lateEvening = new Date('2026-12-06T23:30:00Z');
    const today = finished({ startsOn: '2026-12-07', endsOn: '2026-12-18', roster: [] });
    expect(recordedRunProblems(today, course, lateEvening)).toEqual([]);
    expect(
      recordedRunProblems({ ...today, startsOn: '2026-12-08', endsOn: '2026-12-19' }, course, lateEvening),
    ).toEqual([expect.objectContaining({ field: 'startsOn', message: expect.stringMatching(/today/) })]);
    expect(fields(finished({ startsOn: '2015-10-12', endsOn: '2015-10-23' }))).toEqual(['startsOn']);
    expect(fields(finished({ endsOn: '2026-10-20' }))).toEqual(['endsOn']);
    expect(fields(finished({ endsOn: '2026-10-01' }))).toEqual(['endsOn']);
  });

  it('names a roster beyond the capacity, a veteran twice, and a completion before the end', () => {
    expect(recordedRunProblems(finished({ capacity: 2 }), course, now)).toEqual([
      { field: 'roster', message: "3 veterans on the roster, more than the run's capacity of 2" },
    ]);
    expect(
      recordedRunProblems(
        finished({ roster: [{ veteranId: 'v1' }, { veteranId: 'v2' }, { veteranId: 'v1' }] }),
        course,
        now,
      ),
    ).toEqual([{ field: 'roster.2.veteranId', message: expect.stringMatching(/repeats roster\.0/) }]);
    // Under way until the 11th: its completions come once it has ended.
    const underWay = finished({ startsOn: '2026-11-30', endsOn: '2026-12-11' });
    expect(fields(underWay)).toEqual(['roster.0.completion', 'roster.1.completion']);
    // The last day is over at the following midnight in Shanghai.
    const lastDay = finished({ startsOn: '2026-11-24', endsOn: '2026-12-07' });
    expect(fields(lastDay)).toEqual(['roster.0.completion', 'roster.1.completion']);
    expect(recordedRunProblems(lastDay, course, new Date('2026-12-07T16:00:00Z'))).toEqual([]);
  });

  it('names the run by course and reference, and each seat by run and veteran, as 24-hex ids', () => {
    const run = recordedRunId('course-1', 'NJ-2026-forklift-07');
    expect(run).toMatch(/^[0-9a-f]{24}$/);
    expect(recordedRunId('course-1', 'NJ-2026-forklift-07')).toBe(run);
    expect(recordedRunId('course-2', 'NJ-2026-forklift-07')).not.toBe(run);
    expect(recordedRunId('course-1', 'NJ-2026-forklift-08')).not.toBe(run);
    expect(recordedEnrolmentId(run, 'v1')).toMatch(/^[0-9a-f]{24}$/);
    expect(recordedEnrolmentId(run, 'v1')).not.toBe(recordedEnrolmentId(run, 'v2'));
  });

  it('tells a repeat of the same run from another run under the same reference', () => {
    const recorded: Pick<CourseRun, 'courseId' | 'startsOn' | 'endsOn' | 'capacity' | 'recorded'> = {
      courseId: 'course-1',
      startsOn: '2026-10-12',
      endsOn: '2026-10-23',
      capacity: 3,
      recorded: { reference: 'NJ-2026-forklift-07' },
    };
    expect(recordedRunDifferences(recorded, 'course-1', finished())).toEqual([]);
    expect(recordedRunDifferences(recorded, 'course-1', finished({ capacity: 20 }))).toEqual([
      'capacity (3)',
    ]);
    expect(recordedRunDifferences({ ...recorded, recorded: undefined }, 'course-1', finished())).toEqual([
      'the run',
    ]);
  });

  it('lets a recorded run take completion only once it has ended; a live run once it has started', () => {
    const enrolment: Enrolment = {
      id: 'e1',
      runId: 'r1',
      courseId: 'c1',
      veteranId: 'v1',
      status: 'enrolled',
      seatNo: 1,
      sequence: 0,
      enrolledAt: now,
      updatedAt: now,
    };
    const run = { startsOn: '2026-11-30', endsOn: '2026-12-11' };
    expect(completionRefusal(enrolment, run, now)).toBeUndefined();
    expect(completionRefusal(enrolment, { ...run, recorded: { reference: 'r' } }, now)).toMatch(
      /ends on 2026-12-11/,
    );
    expect(
      completionRefusal(
        enrolment,
        { ...run, recorded: { reference: 'r' } },
        new Date('2026-12-12T00:00:00+08:00'),
      ),
    ).toBeUndefined();
  });
});
