import { shanghaiMidnight } from '../../courses/domain/course-run';
import { offsetKey, ReminderOffset } from './reminder-offsets';

const DAY_MS = 86_400_000;

/** What a reminder job carries: enough to find the enrolment and see that nothing changed since. */
export interface ReminderJob {
  enrolmentId: string;
  runId: string;
  /** The run's first day when the reminder was queued: a run moved since gets no reminder of the old date. */
  startsOn: string;
  daysBefore: number;
  minuteOfDay: number;
}

/** When a reminder is due: `daysBefore` days before the first day's midnight, at its time of day (Shanghai). */
export function reminderDueAt(startsOn: string, offset: ReminderOffset): Date {
  return new Date(
    shanghaiMidnight(startsOn).getTime() - offset.daysBefore * DAY_MS + offset.minuteOfDay * 60_000,
  );
}

/**
 * The reminders still ahead for a seat taken at `now`, each with its delay. One whose time has passed
 * (a seat taken, or a promotion, two days before the start skips the 3-day one) is not queued.
 */
export function remindersAhead(
  enrolment: { enrolmentId: string; runId: string; startsOn: string },
  offsets: readonly ReminderOffset[],
  now: Date,
): { job: ReminderJob; jobId: string; delayMs: number }[] {
  return offsets
    .map((offset) => {
      const job: ReminderJob = { ...enrolment, ...offset };
      return {
        job,
        jobId: reminderJobId(job),
        delayMs: reminderDueAt(enrolment.startsOn, offset).getTime() - now.getTime(),
      };
    })
    .filter((reminder) => reminder.delayMs > 0);
}

/** A reminder's job id names its enrolment, first day and offset: the same reminder is never queued twice. */
export function reminderJobId(job: Omit<ReminderJob, 'runId'>): string {
  return `${job.enrolmentId}-${job.startsOn.replaceAll('-', '')}-${offsetKey(job)}`;
}

/** The once-only record of a sent reminder (its `_id`): an insert that fails on a duplicate was sent already. */
export function sentReminderId(job: Omit<ReminderJob, 'runId'>): string {
  return `${job.enrolmentId}:${job.startsOn}:${offsetKey(job)}`;
}

export type ReminderStaleness = 'gone' | 'not-enrolled' | 'other-run' | 'run-moved' | 'run-started';

/**
 * Whether a reminder that fires is still true: the enrolment still holds its seat in the same run, whose
 * first day has not moved or come. A withdrawal whose job removal failed ends here.
 */
export function reminderStaleness(
  job: ReminderJob,
  enrolment: { status: string; runId: string } | undefined,
  run: { startsOn: string } | undefined,
  now: Date,
): ReminderStaleness | null {
  if (!enrolment || !run) return 'gone';
  if (enrolment.status !== 'enrolled') return 'not-enrolled';
  if (enrolment.runId !== job.runId) return 'other-run';
  if (run.startsOn !== job.startsOn) return 'run-moved';
  if (now >= shanghaiMidnight(run.startsOn)) return 'run-started';
  return null;
}
