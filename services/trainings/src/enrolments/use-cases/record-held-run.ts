import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { courseEnrolled, courseRunPublished } from '@vetlink/contracts';
import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  InvalidStateError,
  NotFoundError,
} from '@vetlink/http';
import { eventOrigin, pendingEvent } from '@vetlink/messaging';
import { isDuplicateKeyError } from '@vetlink/persistence';
import { CoursesRepository } from '../../courses/courses.repository';
import type { Course } from '../../courses/domain/course';
import { CourseRun, shanghaiMidnight } from '../../courses/domain/course-run';
import { keepsRunsOf } from '../../courses/domain/provider-scope';
import { runPublishedPayload } from '../../courses/domain/run-events';
import { RunsRepository } from '../../courses/runs.repository';
import { SERVICE_NAME } from '../../service-name';
import { ClaimsRepository } from '../claims.repository';
import { seatClaimId, veteranClaimId } from '../domain/claims';
import type { Enrolment } from '../domain/enrolment';
import { enrolledPayload } from '../domain/enrolment-events';
import {
  RecordedRunDraft,
  recordedEnrolmentId,
  recordedRunDifferences,
  recordedRunId,
  recordedRunProblems,
  RosterEntry,
} from '../domain/recorded-run';
import { EnrolmentsRepository } from '../enrolments.repository';
import { ClaimStaleness } from './claim-staleness';
import { RecordCompletion } from './record-completion';

export interface RecordedRun {
  run: CourseRun;
  /** The roster's enrolments, in the roster's order. */
  enrolments: Enrolment[];
}

/**
 * An officer, or staff of the course's training provider, records a run that began today or before, with
 * its roster and, once it has ended, each veteran's completion. Everything goes the way of a live run:
 * `trainings.run-published` with the run, a seat per veteran by the same unique claims
 * (`trainings.enrolled`), completion through `RecordCompletion` (`trainings.course-completed` once per
 * enrolment). Ids come from the course, the bureau's reference and the veteran, so a repeat — a retry, a
 * second instance, a second seed — finds what the first wrote and changes nothing; one cut short resumes.
 */
@Injectable()
export class RecordHeldRun {
  constructor(
    private readonly courses: CoursesRepository,
    private readonly runs: RunsRepository,
    private readonly enrolments: EnrolmentsRepository,
    private readonly claims: ClaimsRepository,
    private readonly staleness: ClaimStaleness,
    private readonly recordCompletion: RecordCompletion,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(recorder: Principal, courseId: string, draft: RecordedRunDraft): Promise<RecordedRun> {
    const course = await this.courses.find(courseId);
    if (!course) throw new NotFoundError(`no course ${courseId}`);
    if (!keepsRunsOf(recorder, course))
      throw new ForbiddenError('this course’s runs are kept by another training provider');
    const now = this.clock.now();
    const problems = recordedRunProblems(draft, course, now);
    if (problems.length > 0) throw new InvalidInputError(problems);

    const run = await this.theRun(recorder, course, draft, now);
    const seated = await this.seatRoster(run, course, draft.roster, now);
    const enrolments: Enrolment[] = [];
    for (const [index, entry] of draft.roster.entries())
      enrolments.push(await this.completed(recorder, seated[index], entry, index));
    return { run, enrolments };
  }

  /** The run under the reference: written now with its event, or the one a first request wrote. */
  private async theRun(
    recorder: Principal,
    course: Course,
    draft: RecordedRunDraft,
    now: Date,
  ): Promise<CourseRun> {
    const id = recordedRunId(course.id, draft.reference);
    const earlier = await this.runs.find(id);
    if (earlier) return sameRun(earlier, course.id, draft);
    // No one enrols through vetlink: the enrolment window is empty, at the run's first day.
    const firstDay = shanghaiMidnight(draft.startsOn);
    const run: CourseRun = {
      id,
      courseId: course.id,
      startsOn: draft.startsOn,
      endsOn: draft.endsOn,
      capacity: draft.capacity,
      enrolmentOpensAt: firstDay,
      enrolmentClosesAt: firstDay,
      publishedBy: recorder.userId,
      publishedAt: now,
      recorded: { reference: draft.reference },
    };
    try {
      await this.runs.insert(run, [
        pendingEvent(courseRunPublished, runPublishedPayload(run, course), eventOrigin(SERVICE_NAME, now)),
      ]);
      return run;
    } catch (error) {
      const raced = isDuplicateKeyError(error) ? await this.runs.find(id) : undefined;
      if (!raced) throw error;
      return sameRun(raced, course.id, draft);
    }
  }

  /**
   * A seat for each veteran of the roster not seated yet. Only recordings seat anyone in a run that has
   * begun (enrolment, withdrawal and capacity changes end at its start), so the seats still free are
   * counted first and a roster that would not fit is refused before any of it is written.
   */
  private async seatRoster(
    run: CourseRun,
    course: Course,
    roster: readonly RosterEntry[],
    now: Date,
  ): Promise<Enrolment[]> {
    const ids = roster.map((entry) => recordedEnrolmentId(run.id, entry.veteranId));
    const found = await this.enrolments.findMany(ids);
    const seatHolders = await this.claims.seatHolders(run.id);
    const needSeats = ids.filter((id) => !found.has(id) && !seatHolders.has(id)).length;
    const free = run.capacity - seatHolders.size;
    if (needSeats > free)
      throw new ConflictError(
        `roster: ${needSeats} more veterans need a seat and the run has ${free} of ${run.capacity} free`,
      );
    const seated: Enrolment[] = [];
    for (const [index, entry] of roster.entries())
      seated.push(
        found.get(ids[index]) ??
          (await this.seat(run, course, entry.veteranId, ids[index], seatHolders.get(ids[index]), now)),
      );
    return seated;
  }

  /** One veteran's seat, by the claims a live enrolment takes, and the enrolment with `trainings.enrolled`. */
  private async seat(
    run: CourseRun,
    course: Course,
    veteranId: string,
    id: string,
    seatHeld: number | undefined,
    now: Date,
  ): Promise<Enrolment> {
    const mine = veteranClaimId(run.id, veteranId);
    if (
      !(await this.claims.take({ id: mine, kind: 'veteran', runId: run.id }, id, now, this.staleness.veteran))
    )
      throw new ConflictError(`veteran ${veteranId} already holds a place in this run`);
    const seatNo =
      seatHeld ?? (await this.claims.takeSeat(run.id, run.capacity, id, now, this.staleness.seat));
    const taken = seatHeld === undefined && seatNo !== undefined ? [seatClaimId(run.id, seatNo)] : [];
    try {
      if (seatNo === undefined)
        throw new ConflictError(`roster: the run's ${run.capacity} seats are taken (veteran ${veteranId})`);
      const enrolment: Enrolment = {
        id,
        runId: run.id,
        courseId: course.id,
        veteranId,
        status: 'enrolled',
        seatNo,
        sequence: 0,
        enrolledAt: now,
        recordedAfterwards: true,
        updatedAt: now,
      };
      await this.enrolments.insert(enrolment, [
        pendingEvent(
          courseEnrolled,
          enrolledPayload(enrolment, { run, course }, now),
          eventOrigin(SERVICE_NAME, now),
        ),
      ]);
      return enrolment;
    } catch (error) {
      // The same request at once on another instance wrote it first: its seat stands, this one's is freed.
      const raced = isDuplicateKeyError(error) ? await this.enrolments.find(id) : undefined;
      if (raced) {
        if (raced.seatNo !== seatNo) await this.claims.release(taken, id);
        return raced;
      }
      await this.claims.release([mine, ...taken], id);
      throw error;
    }
  }

  /** The roster entry's completion, through the one completion path; a repeat of it changes nothing. */
  private async completed(
    recorder: Principal,
    enrolment: Enrolment,
    entry: RosterEntry,
    index: number,
  ): Promise<Enrolment> {
    const wanted = entry.completion;
    if (!wanted) return enrolment;
    if (enrolment.status === 'enrolled') {
      try {
        return await this.recordCompletion.execute(recorder, enrolment.id, wanted);
      } catch (error) {
        if (!(error instanceof ConflictError || error instanceof InvalidStateError)) throw error;
        // Recorded meanwhile by the same request elsewhere: the same outcome is the answer.
      }
    }
    const current = (await this.enrolments.find(enrolment.id)) ?? enrolment;
    const held = current.completion;
    if (held && held.outcome === wanted.outcome && held.attendancePercent === wanted.attendancePercent)
      return current;
    throw new ConflictError(
      `roster.${index}.completion: ` +
        (held
          ? `already recorded as ${held.outcome} with ${held.attendancePercent}% attendance`
          : `the enrolment is ${current.status}`),
    );
  }
}

function sameRun(run: CourseRun, courseId: string, draft: RecordedRunDraft): CourseRun {
  const differences = recordedRunDifferences(run, courseId, draft);
  if (differences.length > 0)
    throw new ConflictError(
      `reference ${draft.reference} already names a recorded run of this course with another ${differences.join(', ')}`,
    );
  return run;
}
