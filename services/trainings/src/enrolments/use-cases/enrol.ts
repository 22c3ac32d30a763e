import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { courseEnrolled } from '@vetlink/contracts';
import { ConflictError, InvalidStateError } from '@vetlink/http';
import { eventOrigin, pendingEvent } from '@vetlink/messaging';
import type { Course } from '../../courses/domain/course';
import { RunPhase, runPhase } from '../../courses/domain/course-run';
import { FindCourses } from '../../courses/use-cases/find-courses';
import { RunReminders } from '../../reminders/run-reminders';
import { SERVICE_NAME } from '../../service-name';
import { ClaimsRepository } from '../claims.repository';
import { seatClaimId, veteranClaimId } from '../domain/claims';
import type { Enrolment } from '../domain/enrolment';
import { enrolledPayload } from '../domain/enrolment-events';
import { EnrolmentsRepository } from '../enrolments.repository';
import { CancelRun } from './cancel-run';
import { ClaimStaleness } from './claim-staleness';
import { FitSeats } from './fit-seats';
import { PromoteWaitlist } from './promote-waitlist';

/**
 * A veteran enrols in a run while its enrolment is open. Unique claims decide everything: the veteran's
 * one enrolment in the run, then a seat (never more than the capacity, on any number of instances), or
 * else the next place in line. While anyone waits in line, a newcomer joins the line rather than take a
 * seat freed for the first in it. Nothing is written unless the claims were taken; a failure frees them.
 */
@Injectable()
export class Enrol {
  constructor(
    private readonly find: FindCourses,
    private readonly enrolments: EnrolmentsRepository,
    private readonly claims: ClaimsRepository,
    private readonly staleness: ClaimStaleness,
    private readonly reminders: RunReminders,
    private readonly cancelRun: CancelRun,
    private readonly fitSeats: FitSeats,
    private readonly promote: PromoteWaitlist,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(veteran: Principal, runId: string): Promise<Enrolment> {
    const context = await this.find.run(runId);
    const { run, course } = context;
    const now = this.clock.now();
    const phase = runPhase(run, now);
    if (phase !== 'enrolment-open') throw new InvalidStateError(notOpen(phase, run));

    const id = this.enrolments.newId();
    const mine = veteranClaimId(runId, veteran.userId);
    if (!(await this.claims.take({ id: mine, kind: 'veteran', runId }, id, now, this.staleness.veteran))) {
      const held = await this.claims.find(mine);
      throw new ConflictError(
        `you are already enrolled in this run${held ? ` (enrolment ${held.holder})` : ''}: withdraw first`,
      );
    }
    let seatNo: number | undefined;
    let enrolment: Enrolment;
    try {
      if (!(await this.enrolments.hasWaitlisted(runId)))
        seatNo = await this.claims.takeSeat(runId, run.capacity, id, now, this.staleness.seat);
      const waitlistPosition =
        seatNo === undefined ? await this.claims.takeWaitlistPlace(runId, id, now) : undefined;
      enrolment = {
        id,
        runId,
        courseId: course.id,
        veteranId: veteran.userId,
        status: seatNo === undefined ? 'waitlisted' : 'enrolled',
        ...(seatNo === undefined ? {} : { seatNo }),
        ...(waitlistPosition === undefined ? {} : { waitlistPosition }),
        sequence: 0,
        enrolledAt: now,
        updatedAt: now,
      };
      // Queued before the write: a reminder of an enrolment never written finds none when due.
      if (seatNo !== undefined)
        await this.reminders.schedule({ enrolmentId: id, runId, startsOn: run.startsOn });
      await this.enrolments.insert(enrolment, [
        pendingEvent(
          courseEnrolled,
          enrolledPayload(enrolment, context, now),
          eventOrigin(SERVICE_NAME, now),
        ),
      ]);
    } catch (error) {
      await this.claims.release([mine, ...(seatNo === undefined ? [] : [seatClaimId(runId, seatNo)])], id);
      throw error;
    }
    return this.afterChangesMeanwhile(enrolment, run.capacity, context);
  }

  /**
   * What changed in the run while this enrolment was being written. Read after the write: a change
   * written later reads the enrolments after it, and finds this one; a change written earlier is seen here.
   * - cancelled: the cancellation may have read the run's enrolments before this one was there, so they
   *   are cancelled here (each once, by its change claim); 409.
   * - capacity lowered below the seat taken: the seat moves within it (`FitSeats`);
   * - capacity raised while this one joined the line: the line moves up (`PromoteWaitlist`).
   */
  private async afterChangesMeanwhile(
    enrolment: Enrolment,
    capacityUsed: number,
    context: { course: Course },
  ): Promise<Enrolment> {
    const { run } = await this.find.run(enrolment.runId);
    if (run.cancellation) {
      await this.cancelRun.cancelEnrolments({ run, course: context.course });
      throw new InvalidStateError(notOpen('cancelled', run));
    }
    if (run.capacity === capacityUsed) return enrolment;
    if (enrolment.seatNo !== undefined && enrolment.seatNo > run.capacity) await this.fitSeats.fit(run.id);
    if (enrolment.status === 'waitlisted' && run.capacity > capacityUsed) await this.promote.promote(run.id);
    return (await this.enrolments.find(enrolment.id)) ?? enrolment;
  }
}

function notOpen(phase: RunPhase, run: { enrolmentOpensAt: Date; startsOn: string }): string {
  switch (phase) {
    case 'enrolment-not-open':
      return `enrolment for this run opens at ${run.enrolmentOpensAt.toISOString()}`;
    case 'enrolment-closed':
      return 'enrolment for this run has closed';
    case 'cancelled':
      return 'this run was cancelled: enrolment has closed';
    default:
      return `the run started on ${run.startsOn}: enrolment has closed`;
  }
}
