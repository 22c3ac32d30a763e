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
    await this.unlessCancelledMeanwhile(runId, context);
    return enrolment;
  }

  /**
   * A run cancelled while this enrolment was being written: the cancellation may have read the run's
   * enrolments before this one was there, so it is cancelled here (once, by its change claim). Read
   * after the write: a cancellation marked later reads the enrolments after it, and finds this one.
   */
  private async unlessCancelledMeanwhile(runId: string, context: { course: Course }): Promise<void> {
    const { run } = await this.find.run(runId);
    if (!run.cancellation) return;
    await this.cancelRun.cancelEnrolments({ run, course: context.course });
    throw new InvalidStateError(notOpen('cancelled', run));
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
