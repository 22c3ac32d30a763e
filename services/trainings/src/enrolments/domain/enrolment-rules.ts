import type { CourseRun, RunDraft } from '../../courses/domain/course-run';
import { runHasEnded, shanghaiMidnight } from '../../courses/domain/course-run';
import type { Enrolment } from './enrolment';
import { isActive } from './enrolment';

/** Why the enrolment cannot be withdrawn now, or undefined when it can (before the run's first day). */
export function withdrawalRefusal(
  enrolment: Enrolment,
  run: Pick<RunDraft, 'startsOn'>,
  now: Date,
): string | undefined {
  if (!isActive(enrolment)) return `the enrolment is ${enrolment.status}`;
  if (now >= shanghaiMidnight(run.startsOn))
    return `the run started on ${run.startsOn}: withdrawal is possible only before the start`;
  return undefined;
}

/**
 * Why completion cannot be recorded now, or undefined when it can: an enrolled veteran, the run started
 * (the provider records completion from the register as the run goes). A run recorded afterwards takes it
 * once it has ended: its roster came from the bureau's records, and so does the final outcome.
 */
export function completionRefusal(
  enrolment: Enrolment,
  run: Pick<RunDraft, 'startsOn'> & Partial<Pick<CourseRun, 'endsOn' | 'recorded'>>,
  now: Date,
): string | undefined {
  if (enrolment.status !== 'enrolled')
    return enrolment.status === 'completed' || enrolment.status === 'not-completed'
      ? 'completion was already recorded'
      : `only an enrolled veteran completes a run (this enrolment is ${enrolment.status})`;
  if (now < shanghaiMidnight(run.startsOn))
    return `the run starts on ${run.startsOn}: record completion after it started`;
  if (run.recorded && run.endsOn && !runHasEnded({ endsOn: run.endsOn }, now))
    return `the run ends on ${run.endsOn}: a run recorded afterwards takes completions once it has ended`;
  return undefined;
}
