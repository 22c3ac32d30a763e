import { describe, expect, it } from 'vitest';
import {
  canRecordCompletion,
  canWithdraw,
  coursesOfProvider,
  isEnrollable,
  lastWithdrawalDay,
  payRange,
  runDraftOf,
  runFormProblems,
  splitRoster,
  yuan,
  type RunForm,
} from './courses';

describe('money and pay', () => {
  it('shows fen as yuan, with decimals only when there are some', () => {
    expect(yuan(180_000)).toBe('1,800');
    expect(yuan(180_050)).toBe('1,800.50');
    expect(yuan(0)).toBe('0');
  });

  it('shows a pay range, or one figure when both ends agree', () => {
    expect(payRange({ min: 6000, max: 8500 })).toBe('6,000–8,500');
    expect(payRange({ min: 7000, max: 7000 })).toBe('7,000');
  });
});

describe('withdrawal and completion follow the run’s first day in Shanghai', () => {
  const run = { startsOn: '2026-12-14' };
  // 2026-12-14 00:00 in Shanghai is 2026-12-13 16:00 UTC
  const lastMomentBefore = new Date('2026-12-13T15:59:59Z');
  const atStart = new Date('2026-12-13T16:00:00Z');

  it('lets a seated or waiting veteran withdraw until the run begins', () => {
    expect(canWithdraw({ status: 'enrolled' }, run, lastMomentBefore)).toBe(true);
    expect(canWithdraw({ status: 'waitlisted' }, run, lastMomentBefore)).toBe(true);
    expect(canWithdraw({ status: 'enrolled' }, run, atStart)).toBe(false);
    expect(canWithdraw({ status: 'cancelled' }, run, lastMomentBefore)).toBe(false);
    expect(canWithdraw({ status: 'completed' }, run, lastMomentBefore)).toBe(false);
  });

  it('names the day before the start as the last day to withdraw', () => {
    expect(lastWithdrawalDay(run)).toBe('2026-12-13');
  });

  it('records completion only for a seated veteran once the run has begun', () => {
    expect(canRecordCompletion({ status: 'enrolled' }, run, lastMomentBefore)).toBe(false);
    expect(canRecordCompletion({ status: 'enrolled' }, run, atStart)).toBe(true);
    expect(canRecordCompletion({ status: 'waitlisted' }, run, atStart)).toBe(false);
    expect(canRecordCompletion({ status: 'completed' }, run, atStart)).toBe(false);
  });

  it('offers enrolment only while it is open', () => {
    expect(isEnrollable({ phase: 'enrolment-open' })).toBe(true);
    expect(isEnrollable({ phase: 'enrolment-not-open' })).toBe(false);
    expect(isEnrollable({ phase: 'started' })).toBe(false);
  });
});

describe('a run’s roster', () => {
  const entry = (
    status: 'enrolled' | 'waitlisted' | 'cancelled' | 'completed',
    extra: { seatNo?: number; waitlistPosition?: number; updatedAt?: string } = {},
  ) => ({ status, updatedAt: '2026-12-01T00:00:00Z', ...extra });

  it('puts seats in seat order, the line in its order and the withdrawn apart, newest first', () => {
    const roster = splitRoster([
      entry('waitlisted', { waitlistPosition: 2 }),
      entry('enrolled', { seatNo: 3 }),
      entry('cancelled', { updatedAt: '2026-12-02T00:00:00Z' }),
      entry('completed', { seatNo: 1 }),
      entry('waitlisted', { waitlistPosition: 1 }),
      entry('cancelled', { updatedAt: '2026-12-05T00:00:00Z' }),
    ]);
    expect(roster.seated.map((item) => item.seatNo)).toEqual([1, 3]);
    expect(roster.waitlist.map((item) => item.waitlistPosition)).toEqual([1, 2]);
    expect(roster.left.map((item) => item.updatedAt)).toEqual([
      '2026-12-05T00:00:00Z',
      '2026-12-02T00:00:00Z',
    ]);
  });
});

describe('the provider’s courses', () => {
  it('keeps the courses naming the provider, and none without a provider id', () => {
    const courses = [{ providerId: 'njjs' }, { providerId: 'other' }, {}];
    expect(coursesOfProvider(courses, 'njjs')).toEqual([{ providerId: 'njjs' }]);
    expect(coursesOfProvider(courses, undefined)).toEqual([]);
  });
});

describe('the run form', () => {
  const form: RunForm = {
    startsOn: '2026-12-21',
    endsOn: '2026-12-30',
    capacity: 20,
    enrolmentOpensOn: '2026-12-07',
    enrolmentClosesOn: '2026-12-18',
  };

  it('names empty days and a capacity outside 1–10,000', () => {
    expect(runFormProblems(form)).toEqual({});
    expect(runFormProblems({ ...form, startsOn: '', capacity: 0 })).toEqual({
      startsOn: 'required',
      capacity: 'capacity',
    });
    expect(runFormProblems({ ...form, capacity: undefined }).capacity).toBe('capacity');
    expect(runFormProblems({ ...form, capacity: 10_001 }).capacity).toBe('capacity');
    expect(runFormProblems({ ...form, capacity: 2.5 }).capacity).toBe('capacity');
  });

  it('opens enrolment at the start of its day and closes it at the end of its day, in Shanghai', () => {
    expect(runDraftOf(form)).toEqual({
      startsOn: '2026-12-21',
      endsOn: '2026-12-30',
      capacity: 20,
      enrolmentOpensAt: '2026-12-07T00:00:00+08:00',
      enrolmentClosesAt: '2026-12-18T16:00:00.000Z',
    });
  });

  it('never closes enrolment after the run has begun', () => {
    const draft = runDraftOf({ ...form, enrolmentClosesOn: '2026-12-25' });
    expect(draft.enrolmentClosesAt).toBe('2026-12-20T16:00:00.000Z');
  });
});
