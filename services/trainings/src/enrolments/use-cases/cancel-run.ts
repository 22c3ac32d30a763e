import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Principal } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { courseEnrolmentCancelled, courseRunCancelled } from '@vetlink/contracts';
import { ConflictError, InvalidStateError, NotFoundError } from '@vetlink/http';
import { eventOrigin, pendingEvent } from '@vetlink/messaging';
import { randomUUID } from 'node:crypto';
import { cancellationRefusal, CourseRun, RunCancellation } from '../../courses/domain/course-run';
import type { Course } from '../../courses/domain/course';
import { cancellerOf } from '../../courses/domain/provider-scope';
import { runCancelledPayload } from '../../courses/domain/run-events';
import { RunsRepository } from '../../courses/runs.repository';
import { FindCourses } from '../../courses/use-cases/find-courses';
import { RunReminders } from '../../reminders/run-reminders';
import { SERVICE_NAME } from '../../service-name';
import type { ClaimRecord } from '../claim.schema';
import { ClaimsRepository } from '../claims.repository';
import { CLAIM_GRACE_MS, runCancelledClaimId, seatClaimId, veteranClaimId } from '../domain/claims';
import type { Enrolment } from '../domain/enrolment';
import { cancelledPayload } from '../domain/enrolment-events';
import { EnrolmentsRepository } from '../enrolments.repository';
import { ChangeEnrolment } from './change-enrolment';

/** Enrolments read per pass of the sweep. */
const BATCH = 500;
/** Passes before giving up on enrolments another request keeps changing (a later request finishes them). */
const MAX_PASSES = 50;
const PAUSE_MS = 100;

export interface RunCancelled {
  run: CourseRun;
  /** Enrolments this request cancelled. */
  cancelledEnrolments: number;
}

/**
 * An officer, or staff of the run's training provider (403 for another's), cancels a run before it starts. The claim `<runId>:cancelled` decides which request
 * cancels it (a second gets 409); the run is marked, with `trainings.run-cancelled` (once, the
 * outbox), then every seat and place in line is cancelled, each
 * through its own change claim (once, with `trainings.enrolment-cancelled`, cancelledBy officer or provider), its
 * reminders removed and its claims freed. An enrolment written while the run was being marked cancels
 * itself (`Enrol` reads the run again after writing), so none is left in a cancelled run.
 */
@Injectable()
export class CancelRun {
  private readonly logger = new Logger(CancelRun.name);

  constructor(
    private readonly find: FindCourses,
    private readonly runs: RunsRepository,
    private readonly enrolments: EnrolmentsRepository,
    private readonly claims: ClaimsRepository,
    private readonly change: ChangeEnrolment,
    private readonly reminders: RunReminders,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(caller: Principal, runId: string, reason: string): Promise<RunCancelled> {
    const context = await this.find.keptRun(caller, runId);
    const now = this.clock.now();
    const refusal = cancellationRefusal(context.run, now);
    if (refusal) {
      // A request cut short may have left enrolments behind: finish them (each once) before saying no.
      if (context.run.cancellation) await this.cancelEnrolments(context);
      throw new InvalidStateError(refusal);
    }
    const claimId = runCancelledClaimId(runId);
    const request = randomUUID();
    const taken = await this.claims.take(
      { id: claimId, kind: 'run-cancelled', runId },
      request,
      now,
      (held) => this.leftBehind(held, runId, now),
    );
    if (!taken) throw new ConflictError('the run is being cancelled by another request: read it again');
    const cancellation: RunCancellation = { at: now, by: caller.userId, byRole: cancellerOf(caller), reason };
    try {
      await this.runs.markCancelled(runId, cancellation, [
        pendingEvent(
          courseRunCancelled,
          runCancelledPayload(context.run, context.course, cancellation),
          eventOrigin(SERVICE_NAME, now),
        ),
      ]);
    } catch (error) {
      await this.claims.release([claimId], request);
      throw error;
    }
    const run = { ...context.run, cancellation };
    const cancelledEnrolments = await this.cancelEnrolments({ run, course: context.course });
    return { run, cancelledEnrolments };
  }

  /** Cancels every enrolment of the run holding a seat or a place in line; how many this call cancelled. */
  async cancelEnrolments(context: { run: CourseRun; course: Course }): Promise<number> {
    const { run } = context;
    let cancelled = 0;
    for (let pass = 0; pass < MAX_PASSES; pass += 1) {
      const active = await this.enrolments.activeOf(run.id, BATCH);
      if (active.length === 0) return cancelled;
      let busy = false;
      for (const enrolment of active) {
        const outcome = await this.cancelOne(enrolment, context);
        if (outcome === 'cancelled') cancelled += 1;
        if (outcome === 'busy') busy = true;
      }
      // Another request changes some (a promotion, a withdrawal): read them again once it is done.
      if (busy) await new Promise((resume) => setTimeout(resume, PAUSE_MS));
    }
    this.logger.warn({ runId: run.id }, 'enrolments still changing after the cancellation passes');
    return cancelled;
  }

  private async cancelOne(
    enrolment: Enrolment,
    context: { run: CourseRun; course: Course },
  ): Promise<'cancelled' | 'busy' | 'gone'> {
    const now = this.clock.now();
    const cancelledBy = context.run.cancellation?.byRole ?? 'officer';
    let written: Enrolment | undefined;
    try {
      written = await this.change.once(enrolment, async () => {
        const changed = await this.enrolments.change(
          enrolment,
          { status: 'cancelled', cancelledAt: now, cancelledBy, updatedAt: now },
          [
            pendingEvent(
              courseEnrolmentCancelled,
              cancelledPayload(enrolment, context, cancelledBy, now),
              eventOrigin(SERVICE_NAME, now),
            ),
          ],
        );
        if (!changed) throw new NotFoundError(`no enrolment ${enrolment.id}`);
        return changed;
      });
    } catch (error) {
      if (error instanceof NotFoundError) return 'gone'; // erased meanwhile
      throw error;
    }
    if (!written) return 'busy';
    if (enrolment.status === 'enrolled')
      await this.reminders.unschedule({ enrolmentId: enrolment.id, startsOn: context.run.startsOn });
    await this.claims.release(
      [
        veteranClaimId(enrolment.runId, enrolment.veteranId),
        ...(enrolment.status === 'enrolled' && enrolment.seatNo !== undefined
          ? [seatClaimId(enrolment.runId, enrolment.seatNo)]
          : []),
      ],
      enrolment.id,
    );
    return 'cancelled';
  }

  /** A cancellation claim whose request never marked the run (cut short), after the grace period. */
  private async leftBehind(held: ClaimRecord, runId: string, now: Date): Promise<boolean> {
    if (now.getTime() - new Date(held.claimedAt).getTime() <= CLAIM_GRACE_MS) return false;
    return !(await this.runs.find(runId))?.cancellation;
  }
}
