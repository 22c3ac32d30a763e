import type { FieldIssue } from '@vetlink/http';
import { createHash } from 'node:crypto';
import type { Course } from '../../courses/domain/course';
import { CourseRun, runHasEnded, shanghaiMidnight, spanProblems } from '../../courses/domain/course-run';
import type { Completion } from './enrolment';

/**
 * A run held already, or under way, recorded with its roster: a bureau that adopts vetlink brings the
 * courses it held, so that their completions count (verified certificates, figures, the jobs they open).
 */
export interface RecordedRunDraft {
  /** The bureau's own reference for the run (its register's number): a repeat names the same run. */
  reference: string;
  startsOn: string;
  endsOn: string;
  capacity: number;
  roster: RosterEntry[];
}

export interface RosterEntry {
  veteranId: string;
  /** Given for a run that has ended, or recorded later through the completion route. */
  completion?: Pick<Completion, 'outcome' | 'attendancePercent'>;
}

/** How far back a run may be recorded: a register older than this is a typo more likely than a run. */
export const RECORDED_YEARS_BACK = 10;

const DAY_MS = 86_400_000;

/**
 * The rules of a recorded run, each naming its field; nothing is written when any is broken. It began
 * today or before (Asia/Shanghai) and within the last RECORDED_YEARS_BACK years, lasts at least the
 * course's days, seats its roster (no veteran twice), and takes completions only once it has ended.
 */
export function recordedRunProblems(
  draft: RecordedRunDraft,
  course: Pick<Course, 'durationDays'>,
  now: Date,
): FieldIssue[] {
  const problems: FieldIssue[] = [];
  const start = shanghaiMidnight(draft.startsOn).getTime();
  if (start > now.getTime())
    problems.push({
      field: 'startsOn',
      message: 'must be today or an earlier day (Asia/Shanghai): schedule a later run as a new run',
    });
  else if (start < now.getTime() - RECORDED_YEARS_BACK * 366 * DAY_MS)
    problems.push({ field: 'startsOn', message: `must lie within the last ${RECORDED_YEARS_BACK} years` });
  problems.push(...spanProblems(draft, course));
  if (draft.roster.length > draft.capacity)
    problems.push({
      field: 'roster',
      message: `${draft.roster.length} veterans on the roster, more than the run's capacity of ${draft.capacity}`,
    });
  problems.push(...rosterProblems(draft, now));
  return problems;
}

function rosterProblems(draft: RecordedRunDraft, now: Date): FieldIssue[] {
  const problems: FieldIssue[] = [];
  const firstAt = new Map<string, number>();
  const ended = runHasEnded(draft, now);
  draft.roster.forEach((entry, index) => {
    const earlier = firstAt.get(entry.veteranId);
    if (earlier !== undefined)
      problems.push({
        field: `roster.${index}.veteranId`,
        message: `repeats roster.${earlier}.veteranId (a veteran holds one seat)`,
      });
    else firstAt.set(entry.veteranId, index);
    if (entry.completion && !ended)
      problems.push({
        field: `roster.${index}.completion`,
        message: `the run ends on ${draft.endsOn}: record completion once it has ended`,
      });
  });
  return problems;
}

/**
 * The run's id, from its course and the bureau's reference: a repeat of the request (a retry, a second
 * seed) finds the run it made, on any instance, and the unique `_id` decides between two at once.
 */
export function recordedRunId(courseId: string, reference: string): string {
  return hexId(`recorded-run\u0000${courseId}\u0000${reference}`);
}

/** A roster veteran's enrolment id: one per run and veteran, so a repeat seats no one twice. */
export function recordedEnrolmentId(runId: string, veteranId: string): string {
  return hexId(`recorded-enrolment\u0000${runId}\u0000${veteranId}`);
}

/** What in a run already recorded under the reference differs from the draft (empty: the same run). */
export function recordedRunDifferences(
  run: Pick<CourseRun, 'courseId' | 'startsOn' | 'endsOn' | 'capacity' | 'recorded'>,
  courseId: string,
  draft: RecordedRunDraft,
): string[] {
  const differences: string[] = [];
  if (!run.recorded || run.courseId !== courseId) return ['the run'];
  for (const field of ['startsOn', 'endsOn', 'capacity'] as const)
    if (run[field] !== draft[field]) differences.push(`${field} (${run[field]})`);
  return differences;
}

/** A 24-hex id, as the routes' ids are (ObjectId-shaped), made from what identifies the thing. */
function hexId(identity: string): string {
  return createHash('sha256').update(identity, 'utf8').digest('hex').slice(0, 24);
}
