import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { ConflictError, InvalidStateError } from '@vetlink/http';
import { randomUUID } from 'node:crypto';
import { CourseRun, shanghaiMidnight } from '../../courses/domain/course-run';
import { RunsRepository } from '../../courses/runs.repository';
import { FindCourses } from '../../courses/use-cases/find-courses';
import type { ClaimRecord } from '../claim.schema';
import { ClaimsRepository } from '../claims.repository';
import { CLAIM_GRACE_MS, capacityChangeClaimId } from '../domain/claims';
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
 * An officer, or staff of the run's training provider, changes a run's capacity before it starts. One
 * change at a time: the request that inserts the claim `<runId>:capacity:<revision + 1>` (the run's
 * `capacityRevision`, 0 when never changed) makes the change, and bumps the revision once done; a second
 * request at the same moment finds that claim taken and gets 409 (a claim left by a request cut short is
 * freed after 60 s when the revision never moved). Raised: the first in line take the new seats, in order
 * (`PromoteWaitlist`: each promotion a change claim, each seat a claim `<runId>:<n>`). Lowered: refused
 * (409) below the seats held; else seats numbered above the new capacity move into free ones within it
 * (`FitSeats`). `Enrol` reads the run again after its write, so a veteran who enrolled with the old
 * capacity is seated within the new one (or promoted into a new seat) all the same.
 */
@Injectable()
export class ChangeCapacity {
  constructor(
    private readonly find: FindCourses,
    private readonly runs: RunsRepository,
    private readonly enrolments: EnrolmentsRepository,
    private readonly claims: ClaimsRepository,
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
    const revision = (run.capacityRevision ?? 0) + 1;
    const claimId = capacityChangeClaimId(runId, revision);
    const request = randomUUID();
    const taken = await this.claims.take(
      { id: claimId, kind: 'capacity-change', runId, number: revision },
      request,
      now,
      (held) => this.leftBehind(held, runId, revision, now),
    );
    if (!taken)
      throw new ConflictError(
        'the run’s capacity is being changed by another request at this moment: read the run again',
      );
    let seated: number;
    try {
      seated = await this.enrolments.seatedCount(runId);
      if (capacity < seated)
        throw new ConflictError(
          `${seated} veterans are seated in this run: the capacity cannot go below ${seated} (withdraw some first)`,
        );
    } catch (error) {
      // Nothing was changed: the next request may take this revision.
      await this.claims.release([claimId], request);
      throw error;
    }
    await this.runs.setCapacity(runId, capacity);
    let promoted = 0;
    if (capacity < run.capacity) await this.fitSeats.fit(runId);
    else promoted = await this.promote.promote(runId);
    await this.runs.setCapacityRevision(runId, revision);
    return {
      run: { ...run, capacity, capacityRevision: revision },
      seated: await this.enrolments.seatedCount(runId),
      promoted,
    };
  }

  /** A change claim whose request never finished (the revision never moved), after the grace period. */
  private async leftBehind(held: ClaimRecord, runId: string, revision: number, now: Date): Promise<boolean> {
    if (now.getTime() - new Date(held.claimedAt).getTime() <= CLAIM_GRACE_MS) return false;
    return ((await this.runs.find(runId))?.capacityRevision ?? 0) < revision;
  }
}
