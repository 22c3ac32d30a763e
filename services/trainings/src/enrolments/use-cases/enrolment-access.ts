import { Injectable } from '@nestjs/common';
import { canAccessOwnedBy, Principal } from '@vetlink/auth';
import { NotFoundError } from '@vetlink/http';
import type { PendingEvent } from '@vetlink/messaging';
import { keepsRunsOf } from '../../courses/domain/provider-scope';
import { FindCourses } from '../../courses/use-cases/find-courses';
import type { Enrolment } from '../domain/enrolment';
import { EnrolmentsRepository } from '../enrolments.repository';

/**
 * Reading an enrolment as the caller may (their own, any for an officer, those in their provider's runs
 * for training-provider staff) and writing a change of it.
 */
@Injectable()
export class EnrolmentAccess {
  constructor(
    private readonly enrolments: EnrolmentsRepository,
    private readonly find: FindCourses,
  ) {}

  /** The enrolment, or 404 when there is none the caller may see (the same answer, so ids cannot be probed). */
  async visible(caller: Principal, enrolmentId: string): Promise<Enrolment> {
    const enrolment = await this.enrolments.find(enrolmentId);
    if (!enrolment || !(await this.maySee(caller, enrolment)))
      throw new NotFoundError(`no enrolment ${enrolmentId}`);
    return enrolment;
  }

  private async maySee(caller: Principal, enrolment: Enrolment): Promise<boolean> {
    if (caller.role !== 'training-provider') return canAccessOwnedBy(caller, enrolment.veteranId);
    const run = await this.find.run(enrolment.runId).catch((error: unknown) => {
      if (error instanceof NotFoundError) return undefined; // a run or course gone: no one's to keep
      throw error;
    });
    return run !== undefined && keepsRunsOf(caller, run.course);
  }

  async write(
    enrolment: Enrolment,
    set: Partial<Omit<Enrolment, 'id' | 'sequence'>>,
    events: readonly PendingEvent[],
  ): Promise<Enrolment> {
    const written = await this.enrolments.change(enrolment, set, events);
    if (!written) throw new NotFoundError(`no enrolment ${enrolment.id}`);
    return written;
  }
}
