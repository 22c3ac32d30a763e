import {
  cancellationRefusal,
  completedAtFor,
  daysInclusive,
  RunDraft,
  runPhase,
  runProblems,
  shanghaiMidnight,
} from './course-run';

const now = new Date('2026-12-06T10:00:00+08:00');
const run: RunDraft = {
  startsOn: '2027-01-04',
  endsOn: '2027-01-29',
  capacity: 20,
  enrolmentOpensAt: new Date('2026-12-01T09:00:00+08:00'),
  enrolmentClosesAt: new Date('2026-12-31T18:00:00+08:00'),
};

describe('course runs', () => {
  it("dates a completion recorded after the run to the run's last day, and one recorded during it to then", () => {
    const during = new Date('2027-01-20T15:00:00+08:00');
    expect(completedAtFor(run, during)).toEqual(during);
    expect(completedAtFor(run, new Date('2027-03-01T10:00:00+08:00')).toISOString()).toBe(
      '2027-01-29T15:59:59.000Z',
    );
  });

  it('counts days in Asia/Shanghai', () => {
    expect(shanghaiMidnight('2027-01-04').toISOString()).toBe('2027-01-03T16:00:00.000Z');
    expect(daysInclusive('2027-01-04', '2027-01-04')).toBe(1);
    expect(daysInclusive('2027-01-04', '2027-01-29')).toBe(26);
  });

  it('takes a run that starts later, spans the course and closes enrolment before the start', () => {
    expect(runProblems(run, { durationDays: 20 }, now)).toEqual([]);
  });

  it('names the field of each broken rule', () => {
    const fields = (draft: RunDraft, durationDays = 20) =>
      runProblems(draft, { durationDays }, now).map((problem) => problem.field);
    expect(fields({ ...run, startsOn: '2026-12-06', endsOn: '2027-01-29' })).toEqual([
      'startsOn',
      'enrolmentClosesAt',
    ]);
    expect(fields({ ...run, endsOn: '2027-01-03' })).toEqual(['endsOn']);
    expect(fields(run, 30)).toEqual(['endsOn']);
    expect(fields({ ...run, enrolmentOpensAt: run.enrolmentClosesAt })).toEqual(['enrolmentClosesAt']);
    expect(fields({ ...run, enrolmentClosesAt: new Date('2027-01-05T00:00:00+08:00') })).toEqual([
      'enrolmentClosesAt',
    ]);
  });

  it('knows the phase at any moment', () => {
    expect(runPhase(run, new Date('2026-11-30T12:00:00+08:00'))).toBe('enrolment-not-open');
    expect(runPhase(run, now)).toBe('enrolment-open');
    expect(runPhase(run, new Date('2026-12-31T18:00:00+08:00'))).toBe('enrolment-closed');
    expect(runPhase(run, new Date('2027-01-04T00:00:00+08:00'))).toBe('started');
    expect(runPhase(run, new Date('2027-01-29T23:59:59+08:00'))).toBe('started');
    expect(runPhase(run, new Date('2027-01-30T00:00:00+08:00'))).toBe('finished');
  });

  it('is cancelled whatever the moment once an officer cancelled it, and only before its first day', () => {
    const cancellation = { at: now, by: 'officer-1', reason: '场地检修' };
    expect(runPhase({ ...run, cancellation }, now)).toBe('cancelled');
    expect(cancellationRefusal(run, now)).toBeUndefined();
    expect(cancellationRefusal(run, new Date('2027-01-03T23:59:59+08:00'))).toBeUndefined();
    expect(cancellationRefusal(run, new Date('2027-01-04T00:00:00+08:00'))).toMatch(/started on 2027-01-04/);
    expect(cancellationRefusal({ ...run, cancellation }, now)).toMatch(/already cancelled/);
  });
});
