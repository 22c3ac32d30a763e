import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { courseEnrolmentCancelled } from '@vetlink/contracts';
import { ConflictError, InvalidStateError } from '@vetlink/http';
import { eventOrigin, pendingEvent } from '@vetlink/messaging';
import { FindCourses } from '../../courses/use-cases/find-courses';
import { RunReminders } from '../../reminders/run-reminders';
import { SERVICE_NAME } from '../../service-name';
import { ClaimsRepository } from '../claims.repository';
import { seatClaimId, veteranClaimId } from '../domain/claims';
import type { Enrolment } from '../domain/enrolment';
import { cancelledPayload } from '../domain/enrolment-events';
import { withdrawalRefusal } from '../domain/enrolment-rules';
import { ChangeEnrolment } from './change-enrolment';
import { EnrolmentAccess } from './enrolment-access';
import { PromoteWaitlist } from './promote-waitlist';

/**
 * The veteran (or an officer for them) gives up a seat or a place in line before the run starts. The
 * change is claimed once; then the seat and the veteran's claim are freed (they may enrol again, at the
 * end of the line) and a freed seat goes to the first in line.
 */
@Injectable()
export class Withdraw {
  constructor(
    private readonly find: FindCourses,
    private readonly access: EnrolmentAccess,
    private readonly claims: ClaimsRepository,
    private readonly change: ChangeEnrolment,
    private readonly promote: PromoteWaitlist,
    private readonly reminders: RunReminders,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(caller: Principal, enrolmentId: string): Promise<Enrolment> {
    const enrolment = await this.access.visible(caller, enrolmentId);
    const context = await this.find.run(enrolment.runId);
    const now = this.clock.now();
    const refusal = withdrawalRefusal(enrolment, context.run, now);
    if (refusal) throw new InvalidStateError(refusal);
    const cancelledBy = caller.role === 'officer' ? 'officer' : 'veteran';
    const cancelled = await this.change.once(enrolment, () =>
      this.access.write(enrolment, { status: 'cancelled', cancelledAt: now, cancelledBy, updatedAt: now }, [
        pendingEvent(
          courseEnrolmentCancelled,
          cancelledPayload(enrolment, context, cancelledBy, now),
          eventOrigin(SERVICE_NAME, now),
        ),
      ]),
    );
    if (!cancelled)
      throw new ConflictError('the enrolment is being changed by another request: read it again');
    const freedSeat = enrolment.status === 'enrolled' && enrolment.seatNo !== undefined;
    if (enrolment.status === 'enrolled')
      await this.reminders.unschedule({ enrolmentId: enrolment.id, startsOn: context.run.startsOn });
    await this.claims.release(
      [
        veteranClaimId(enrolment.runId, enrolment.veteranId),
        ...(freedSeat ? [seatClaimId(enrolment.runId, enrolment.seatNo as number)] : []),
      ],
      enrolment.id,
    );
    if (freedSeat) await this.promote.promote(enrolment.runId);
    return cancelled;
  }
}
