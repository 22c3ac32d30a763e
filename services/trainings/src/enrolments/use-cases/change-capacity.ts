import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { ConflictError, InvalidStateError } from '@vetlink/http';
import { CourseRun, shanghaiMidnight } from '../../courses/domain/course-run';
import { RunsRepository } from '../../courses/runs.repository';
import { FindCourses } from '../../courses/use-cases/find-courses';
import { EnrolmentsRepository } from '../enrolments.repository';
import { FitSeats } from './fit-seats';
import { PromoteWaitlist } from './promote-waitlist';

export interface CapacityChanged {
  run: CourseRun;
  seated: number;
  /** Moved up from the line by this request (a raise). */
  promoted: number;
}

/**
 * An officer, or staff of the run's training provider, changes a run's capacity before it starts. Raised: the first in line take the new seats, in
 * order (`PromoteWaitlist`: each promotion a change claim, each seat a claim `<runId>:<n>`). Lowered:
 * refused (409) below the seats held; else seats numbered above the new capacity move into free ones
 * within it (`FitSeats`). `Enrol` reads the run again after its write, so a veteran who enrolled with
 * the old capacity is seated within the new one (or promoted into a new seat) all the same.
 */
@Injectable()
export class ChangeCapacity {
  constructor(
    private readonly find: FindCourses,
    private readonly runs: RunsRepository,
    private readonly enrolments: EnrolmentsRepository,
    private readonly promote: PromoteWaitlist,
    private readonly fitSeats: FitSeats,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(caller: Principal, runId: string, capacity: number): Promise<CapacityChanged> {
    const { run } = await this.find.keptRun(caller, runId);
    const now = this.clock.now();
    if (run.cancellation)
      throw new InvalidStateError('the run was cancelled: its capacity no longer matters');
    if (now >= shanghaiMidnight(run.startsOn))
      throw new InvalidStateError(`the run started on ${run.startsOn}: its capacity can change only before`);
    const seated = await this.enrolments.seatedCount(runId);
    if (capacity < seated)
      throw new ConflictError(
        `${seated} veterans are seated in this run: the capacity cannot go below ${seated} (withdraw some first)`,
      );
    await this.runs.setCapacity(runId, capacity);
    let promoted = 0;
    if (capacity < run.capacity) await this.fitSeats.fit(runId);
    else promoted = await this.promote.promote(runId);
    return {
      run: { ...run, capacity },
      seated: await this.enrolments.seatedCount(runId),
      promoted,
    };
  }
}
