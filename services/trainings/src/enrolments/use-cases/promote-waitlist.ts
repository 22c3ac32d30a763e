import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock, CLOCK } from '@vetlink/clock';
import { courseEnrolled } from '@vetlink/contracts';
import { eventOrigin, pendingEvent } from '@vetlink/messaging';
import { FindCourses } from '../../courses/use-cases/find-courses';
import { RunReminders } from '../../reminders/run-reminders';
import { SERVICE_NAME } from '../../service-name';
import { ClaimsRepository } from '../claims.repository';
import { seatClaimId } from '../domain/claims';
import { enrolledPayload } from '../domain/enrolment-events';
import { EnrolmentsRepository } from '../enrolments.repository';
import { ChangeEnrolment } from './change-enrolment';
import { ClaimStaleness } from './claim-staleness';

/** How many of the line one pass reads: more than the seats a single withdrawal frees. */
const LINE_LOOKAHEAD = 20;

/**
 * After a seat was freed: the first in line takes it, then the next while seats are free. Each promotion
 * is one change of the enrolment (its change claim), so two instances promoting at once promote each
 * person once; an instance that finds the first in line being changed by another stops, leaving the
 * order to it, rather than give a seat to the second in line.
 */
@Injectable()
export class PromoteWaitlist {
  private readonly logger = new Logger(PromoteWaitlist.name);

  constructor(
    private readonly find: FindCourses,
    private readonly enrolments: EnrolmentsRepository,
    private readonly claims: ClaimsRepository,
    private readonly change: ChangeEnrolment,
    private readonly staleness: ClaimStaleness,
    private readonly reminders: RunReminders,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** How many moved up. */
  async promote(runId: string): Promise<number> {
    const context = await this.find.run(runId);
    const { run } = context;
    // A cancelled run seats no one (its cancellation cancels the line; change claims settle a race).
    if (run.cancellation) return 0;
    let promoted = 0;
    for (;;) {
      const [first] = await this.enrolments.lineOf(runId, LINE_LOOKAHEAD);
      if (!first) return promoted;
      let outcome: 'promoted' | 'gone' | undefined;
      try {
        outcome = await this.change.once(first, async () => {
          const now = this.clock.now();
          const seatNo = await this.claims.takeSeat(runId, run.capacity, first.id, now, this.staleness.seat);
          // Thrown, so that the change claim is freed: the next freed seat promotes this person.
          if (seatNo === undefined) throw new NoSeatFree();
          try {
            const enrolled = {
              ...first,
              status: 'enrolled' as const,
              seatNo,
              promotedAt: now,
              updatedAt: now,
            };
            await this.reminders.schedule({ enrolmentId: first.id, runId, startsOn: run.startsOn });
            const written = await this.enrolments.change(
              first,
              { status: 'enrolled', seatNo, promotedAt: now, updatedAt: now },
              [
                pendingEvent(
                  courseEnrolled,
                  enrolledPayload(enrolled, context, now),
                  eventOrigin(SERVICE_NAME, now),
                ),
              ],
            );
            return written ? ('promoted' as const) : ('gone' as const);
          } catch (error) {
            await this.claims.release([seatClaimId(runId, seatNo)], first.id);
            throw error;
          }
        });
      } catch (error) {
        if (error instanceof NoSeatFree) return promoted;
        throw error;
      }
      if (outcome === undefined) {
        this.logger.debug(`enrolment ${first.id} is being changed by another request; it keeps the order`);
        return promoted;
      }
      if (outcome === 'promoted') promoted += 1;
    }
  }
}

class NoSeatFree extends Error {
  constructor() {
    super('no seat is free');
  }
}
