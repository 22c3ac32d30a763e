import type { FieldIssue } from '@vetlink/http';
import type { Course } from './course';

/** One run of a course: its dates, its seats and when veterans may enrol. */
export interface CourseRun {
  id: string;
  courseId: string;
  /** Calendar days in Asia/Shanghai, first and last day of the run. */
  startsOn: string;
  endsOn: string;
  capacity: number;
  enrolmentOpensAt: Date;
  enrolmentClosesAt: Date;
  publishedBy: string;
  publishedAt: Date;
  /**
   * How many times its capacity was changed (absent: never). The change to revision n is decided by the
   * claim `<runId>:capacity:<n>`, so two changes at once cannot both win.
   */
  capacityRevision?: number;
  /** Set once when an officer cancelled the run before it started (its enrolments are cancelled). */
  cancellation?: RunCancellation;
  /**
   * Present on a run recorded once it had begun or ended (held before the bureau used vetlink, or
   * outside it): no one enrolled through vetlink, its roster was recorded with it.
   */
  recorded?: RunRecording;
}

/** How a run held already came in: the bureau's own reference for it (its register's number). */
export interface RunRecording {
  reference: string;
}

export interface RunCancellation {
  at: Date;
  /** The user id of the officer or provider staff who cancelled it. */
  by: string;
  /** For the bureau (an officer) or the course's provider; absent on runs cancelled before it was kept. */
  byRole?: 'officer' | 'provider';
  reason: string;
}

export type RunDraft = Pick<
  CourseRun,
  'startsOn' | 'endsOn' | 'capacity' | 'enrolmentOpensAt' | 'enrolmentClosesAt'
>;

/** Where a run stands for enrolment at a moment. */
export const RUN_PHASES = [
  'enrolment-not-open',
  'enrolment-open',
  'enrolment-closed',
  'started',
  'finished',
  'cancelled',
] as const;
export type RunPhase = (typeof RUN_PHASES)[number];

const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET = '+08:00';

/** The instant a calendar day begins in Asia/Shanghai. */
export function shanghaiMidnight(day: string): Date {
  return new Date(`${day}T00:00:00.000${SHANGHAI_OFFSET}`);
}

/** Days from `from` to `to` inclusive (2026-01-05 to 2026-01-05 is 1). */
export function daysInclusive(from: string, to: string): number {
  return Math.round((shanghaiMidnight(to).getTime() - shanghaiMidnight(from).getTime()) / DAY_MS) + 1;
}

/** Whether the run's last day is over (Asia/Shanghai): from the midnight after `endsOn`. */
export function runHasEnded(run: Pick<CourseRun, 'endsOn'>, now: Date): boolean {
  return now.getTime() >= shanghaiMidnight(run.endsOn).getTime() + DAY_MS;
}

/**
 * When a completion took place, for the figures that count from it (hired within 90 days): when it is
 * recorded, or the run's last day (its final second, Asia/Shanghai) when it is recorded after the run
 * ended — a bureau bringing in a course held months ago, or a provider recording a week late.
 */
export function completedAtFor(run: Pick<CourseRun, 'endsOn'>, recordedAt: Date): Date {
  const lastMoment = shanghaiMidnight(run.endsOn).getTime() + DAY_MS - 1000;
  return new Date(Math.min(recordedAt.getTime(), lastMoment));
}

export function runPhase(run: RunDraft & Pick<CourseRun, 'cancellation'>, now: Date): RunPhase {
  if (run.cancellation) return 'cancelled';
  if (runHasEnded(run, now)) return 'finished';
  if (now >= shanghaiMidnight(run.startsOn)) return 'started';
  if (now >= run.enrolmentClosesAt) return 'enrolment-closed';
  if (now < run.enrolmentOpensAt) return 'enrolment-not-open';
  return 'enrolment-open';
}

/**
 * A run's rules: it starts in the future, lasts at least as long as the course (a run may spread the
 * course's days over a longer span, never a shorter one), and enrolment opens before it closes, which is
 * at the latest when the run starts. Each problem names its field.
 */
export function runProblems(draft: RunDraft, course: Pick<Course, 'durationDays'>, now: Date): FieldIssue[] {
  const problems: FieldIssue[] = [];
  const start = shanghaiMidnight(draft.startsOn);
  if (start <= now)
    problems.push({ field: 'startsOn', message: 'must be a day after today (Asia/Shanghai)' });
  problems.push(...spanProblems(draft, course));
  if (draft.enrolmentOpensAt >= draft.enrolmentClosesAt)
    problems.push({ field: 'enrolmentClosesAt', message: 'must be after enrolmentOpensAt' });
  if (draft.enrolmentClosesAt > start)
    problems.push({ field: 'enrolmentClosesAt', message: 'must be at the latest when the run starts' });
  return problems;
}

/** The run lasts at least as long as the course (spread over more days, never fewer); names `endsOn`. */
export function spanProblems(
  draft: Pick<RunDraft, 'startsOn' | 'endsOn'>,
  course: Pick<Course, 'durationDays'>,
): FieldIssue[] {
  const span = daysInclusive(draft.startsOn, draft.endsOn);
  if (span < 1) return [{ field: 'endsOn', message: 'must not be before startsOn' }];
  if (span < course.durationDays)
    return [
      {
        field: 'endsOn',
        message: `the run spans ${span} days, shorter than the course's ${course.durationDays}`,
      },
    ];
  return [];
}

/** Why the run cannot be cancelled now, or undefined when it can (not cancelled, before its first day). */
export function cancellationRefusal(
  run: Pick<CourseRun, 'startsOn' | 'cancellation'>,
  now: Date,
): string | undefined {
  if (run.cancellation) return `the run was already cancelled at ${run.cancellation.at.toISOString()}`;
  if (now >= shanghaiMidnight(run.startsOn))
    return `the run started on ${run.startsOn}: only a run that has not started can be cancelled`;
  return undefined;
}
