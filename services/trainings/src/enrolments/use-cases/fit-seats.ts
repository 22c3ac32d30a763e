import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock, CLOCK } from '@vetlink/clock';
import { courseEnrolled } from '@vetlink/contracts';
import { eventOrigin, pendingEvent } from '@vetlink/messaging';
import { FindCourses } from '../../courses/use-cases/find-courses';
import { RunReminders } from '../../reminders/run-reminders';
import { SERVICE_NAME } from '../../service-name';
import { ClaimsRepository } from '../claims.repository';
import { seatClaimId } from '../domain/claims';
import type { Enrolment } from '../domain/enrolment';
import { enrolledPayload } from '../domain/enrolment-events';
import { EnrolmentsRepository } from '../enrolments.repository';
import { ChangeEnrolment } from './change-enrolment';
import { ClaimStaleness } from './claim-staleness';

/**
 * After a run's capacity was lowered, seats numbered above it are moved into free seats within it (each
 * move one change of the enrolment, by its change claim), so that seat claims 1..capacity bound the run
 * again. Only a race (veterans seated between the count of seats and the new capacity) can leave no free
 * seat: that veteran goes to the end of the line (`trainings.enrolled`, waitlisted), and the capacity
 * still holds. The new seat number is bookkeeping: no event for it (reminders read it when due).
 */
@Injectable()
export class FitSeats {
  private readonly logger = new Logger(FitSeats.name);

  constructor(
    private readonly find: FindCourses,
    private readonly enrolments: EnrolmentsRepository,
    private readonly claims: ClaimsRepository,
    private readonly change: ChangeEnrolment,
    private readonly staleness: ClaimStaleness,
    private readonly reminders: RunReminders,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** How many seats were moved (or given up for the line). */
  async fit(runId: string): Promise<number> {
    const context = await this.find.run(runId);
    const { run } = context;
    let moved = 0;
    for (const enrolment of await this.enrolments.seatedAbove(runId, run.capacity)) {
      const done = await this.change.once(enrolment, async () => {
        const now = this.clock.now();
        const seatNo = await this.claims.takeSeat(
          runId,
          run.capacity,
          enrolment.id,
          now,
          this.staleness.seat,
        );
        const changed =
          seatNo !== undefined
            ? await this.enrolments.change(enrolment, { seatNo, updatedAt: now }, [])
            : await this.toLine(enrolment, context, now);
        await this.claims.release([seatClaimId(runId, enrolment.seatNo as number)], enrolment.id);
        return changed;
      });
      if (done) moved += 1;
      else this.logger.debug(`enrolment ${enrolment.id} is being changed by another request`);
    }
    return moved;
  }

  private async toLine(
    enrolment: Enrolment,
    context: Awaited<ReturnType<FindCourses['run']>>,
    now: Date,
  ): Promise<Enrolment | undefined> {
    const waitlistPosition = await this.claims.takeWaitlistPlace(enrolment.runId, enrolment.id, now);
    const waiting: Enrolment = { ...enrolment, status: 'waitlisted', waitlistPosition, updatedAt: now };
    delete waiting.seatNo;
    await this.reminders.unschedule({ enrolmentId: enrolment.id, startsOn: context.run.startsOn });
    this.logger.warn(
      { runId: enrolment.runId },
      'no seat within the lowered capacity: a seat went back to the line',
    );
    return this.enrolments.change(enrolment, { status: 'waitlisted', waitlistPosition, updatedAt: now }, [
      pendingEvent(courseEnrolled, enrolledPayload(waiting, context, now), eventOrigin(SERVICE_NAME, now)),
    ]);
  }
}
