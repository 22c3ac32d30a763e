import { Injectable } from '@nestjs/common';
import { canAccessOwnedBy, Principal } from '@vetlink/auth';
import { NotFoundError } from '@vetlink/http';
import type { PendingEvent } from '@vetlink/messaging';
import type { Enrolment } from '../domain/enrolment';
import { EnrolmentsRepository } from '../enrolments.repository';

/** Reading an enrolment as the caller may (their own, or any for an officer) and writing a change of it. */
@Injectable()
export class EnrolmentAccess {
  constructor(private readonly enrolments: EnrolmentsRepository) {}

  /** The enrolment, or 404 when there is none the caller may see (the same answer, so ids cannot be probed). */
  async visible(caller: Principal, enrolmentId: string): Promise<Enrolment> {
    const enrolment = await this.enrolments.find(enrolmentId);
    if (!enrolment || !canAccessOwnedBy(caller, enrolment.veteranId))
      throw new NotFoundError(`no enrolment ${enrolmentId}`);
    return enrolment;
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
