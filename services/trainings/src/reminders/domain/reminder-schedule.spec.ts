import { offsetKey, parseReminderOffsets, ReminderOffset } from './reminder-offsets';
import {
  reminderDueAt,
  reminderJobId,
  ReminderJob,
  remindersAhead,
  reminderStaleness,
  sentReminderId,
} from './reminder-schedule';
import { runStartingPayload } from './run-starting-event';
import { courseRunStarting } from '@vetlink/contracts';

const defaults = parseReminderOffsets('3d@08:00,1d@08:00') as ReminderOffset[];
const seat = { enrolmentId: '65f0c0ffee0000000000abcd', runId: 'run-1', startsOn: '2026-12-21' };

describe('reminder offsets (RUN_REMINDERS)', () => {
  it('reads days before the first day at a Shanghai time of day', () => {
    expect(defaults).toEqual([
      { daysBefore: 3, minuteOfDay: 480 },
      { daysBefore: 1, minuteOfDay: 480 },
    ]);
    expect(offsetKey({ daysBefore: 1, minuteOfDay: 19 * 60 + 30 })).toBe('1d1930');
  });

  it('refuses what it cannot read, saying why', () => {
    expect(parseReminderOffsets('')).toMatch(/1 to 5 reminders/);
    expect(parseReminderOffsets('72h')).toMatch(/"72h" is not <days>d@HH:mm/);
    expect(parseReminderOffsets('0d@08:00')).toMatch(/1 to 30 days/);
    expect(parseReminderOffsets('31d@08:00')).toMatch(/1 to 30 days/);
    expect(parseReminderOffsets('1d@24:00')).toMatch(/no valid time of day/);
    expect(parseReminderOffsets('1d@08:00,1d@08:00')).toMatch(/given twice/);
    expect(parseReminderOffsets('1d@1,2d@1,3d@1,4d@1,5d@1,6d@1')).toMatch(/1 to 5/);
  });
});

describe('when reminders are due', () => {
  it('is 08:00 Shanghai three days and one day before the first day (00:00 UTC)', () => {
    expect(reminderDueAt('2026-12-21', defaults[0]!).toISOString()).toBe('2026-12-18T00:00:00.000Z');
    expect(reminderDueAt('2026-12-21', defaults[1]!).toISOString()).toBe('2026-12-20T00:00:00.000Z');
    // Across a month's end.
    expect(reminderDueAt('2027-01-01', defaults[0]!).toISOString()).toBe('2026-12-29T00:00:00.000Z');
  });

  it('queues both for a seat taken a week ahead, each with its delay and a job id without ":"', () => {
    const now = new Date('2026-12-14T02:00:00Z');
    const ahead = remindersAhead(seat, defaults, now);
    expect(ahead.map((reminder) => reminder.delayMs)).toEqual([
      new Date('2026-12-18T00:00:00Z').getTime() - now.getTime(),
      new Date('2026-12-20T00:00:00Z').getTime() - now.getTime(),
    ]);
    expect(ahead.map((reminder) => reminder.jobId)).toEqual([
      '65f0c0ffee0000000000abcd-20261221-3d0800',
      '65f0c0ffee0000000000abcd-20261221-1d0800',
    ]);
    expect(ahead.every((reminder) => !reminder.jobId.includes(':'))).toBe(true);
  });

  it('skips the ones already past (a promotion two days before the start gets only the 1-day one)', () => {
    const twoDaysBefore = new Date('2026-12-19T01:00:00Z');
    expect(remindersAhead(seat, defaults, twoDaysBefore).map((r) => r.job.daysBefore)).toEqual([1]);
    // Exactly at the due time: too late to queue.
    expect(remindersAhead(seat, defaults, new Date('2026-12-20T00:00:00Z'))).toEqual([]);
  });

  it('names the same reminder the same way, and a moved first day differently', () => {
    const job: ReminderJob = { ...seat, ...defaults[1]! };
    expect(reminderJobId(job)).toBe(reminderJobId({ ...job }));
    expect(reminderJobId({ ...job, startsOn: '2026-12-28' })).not.toBe(reminderJobId(job));
    expect(sentReminderId(job)).toBe('65f0c0ffee0000000000abcd:2026-12-21:1d0800');
  });
});

describe('a reminder that fires', () => {
  const job: ReminderJob = { ...seat, ...defaults[1]! };
  const due = new Date('2026-12-20T00:00:00Z');
  const enrolled = { status: 'enrolled', runId: 'run-1' };
  const run = { startsOn: '2026-12-21' };

  it('is sent while the enrolment holds its seat in the unchanged run before the first day', () => {
    expect(reminderStaleness(job, enrolled, run, due)).toBeNull();
  });

  it('is dropped for a withdrawn, waitlisted, erased enrolment, a moved or started run', () => {
    expect(reminderStaleness(job, { ...enrolled, status: 'cancelled' }, run, due)).toBe('not-enrolled');
    expect(reminderStaleness(job, { ...enrolled, status: 'waitlisted' }, run, due)).toBe('not-enrolled');
    expect(reminderStaleness(job, undefined, run, due)).toBe('gone');
    expect(reminderStaleness(job, { ...enrolled, runId: 'run-2' }, run, due)).toBe('other-run');
    expect(reminderStaleness(job, enrolled, { startsOn: '2026-12-28' }, due)).toBe('run-moved');
    expect(reminderStaleness(job, enrolled, run, new Date('2026-12-20T16:00:00Z'))).toBe('run-started');
  });

  it('makes a trainings.run-starting payload its contract accepts, with where and how', () => {
    const payload = runStartingPayload(
      { id: seat.enrolmentId, veteranId: 'veteran-1', seatNo: 7 },
      { id: 'run-1', startsOn: '2026-12-21', endsOn: '2027-01-15' },
      {
        id: 'course-1',
        title: '叉车操作培训',
        cityId: 'nanjing',
        provider: '南京市退役军人职业技能培训中心',
        mode: 'in-person',
        venue: '江宁区天元中路 8 号实训楼',
      },
      job,
    );
    expect(courseRunStarting.payload.parse(payload)).toEqual(payload);
    expect(payload).toMatchObject({
      daysBefore: 1,
      remindAt: '2026-12-20T00:00:00.000Z',
      venue: '江宁区天元中路 8 号实训楼',
      seatNo: 7,
    });
  });
});
