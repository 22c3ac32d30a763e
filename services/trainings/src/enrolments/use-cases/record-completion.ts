import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { courseCompleted } from '@vetlink/contracts';
import { ConflictError, InvalidStateError } from '@vetlink/http';
import { eventOrigin, pendingEvent } from '@vetlink/messaging';
import { completedAtFor } from '../../courses/domain/course-run';
import { FindCourses } from '../../courses/use-cases/find-courses';
import { SERVICE_NAME } from '../../service-name';
import type { Completion, Enrolment } from '../domain/enrolment';
import { completedPayload } from '../domain/enrolment-events';
import { completionRefusal } from '../domain/enrolment-rules';
import { ChangeEnrolment } from './change-enrolment';
import { EnrolmentAccess } from './enrolment-access';

export interface CompletionCommand {
  outcome: Completion['outcome'];
  attendancePercent: number;
}

/**
 * An officer, or staff of the run's training provider, records, once the run has started, whether an enrolled veteran completed it and how much
 * they attended. A completion publishes `trainings.course-completed` with the skills and certificates
 * earned, in the same write; it is recorded once (the change claim), so the event goes out once.
 */
@Injectable()
export class RecordCompletion {
  constructor(
    private readonly find: FindCourses,
    private readonly access: EnrolmentAccess,
    private readonly change: ChangeEnrolment,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(recorder: Principal, enrolmentId: string, command: CompletionCommand): Promise<Enrolment> {
    const enrolment = await this.access.visible(recorder, enrolmentId);
    const context = await this.find.run(enrolment.runId);
    const now = this.clock.now();
    const refusal = completionRefusal(enrolment, context.run, now);
    if (refusal) throw new InvalidStateError(refusal);
    const completion: Completion = { ...command, recordedBy: recorder.userId, recordedAt: now };
    const events =
      command.outcome === 'completed'
        ? [
            pendingEvent(
              courseCompleted,
              completedPayload(
                enrolment,
                context,
                { ...command, recordedBy: recorder.userId },
                completedAtFor(context.run, now),
              ),
              eventOrigin(SERVICE_NAME, now),
            ),
          ]
        : [];
    const recorded = await this.change.once(enrolment, () =>
      this.access.write(enrolment, { status: command.outcome, completion, updatedAt: now }, events),
    );
    if (!recorded)
      throw new ConflictError('the enrolment is being changed by another request: read it again');
    return recorded;
  }
}
