import { Injectable } from '@nestjs/common';
import type { ClaimRecord } from '../claim.schema';
import { CLAIM_GRACE_MS } from '../domain/claims';
import { isActive } from '../domain/enrolment';
import { EnrolmentsRepository } from '../enrolments.repository';

/**
 * When a claim someone else holds was left behind by a request cut short (a crash between claiming and
 * writing the enrolment, or between writing and releasing): only after CLAIM_GRACE_MS, and only when the
 * enrolment it names does not use it. A request in flight is never robbed.
 */
@Injectable()
export class ClaimStaleness {
  constructor(private readonly enrolments: EnrolmentsRepository) {}

  readonly seat = async (held: ClaimRecord, now: Date): Promise<boolean> => {
    if (!this.pastGrace(held, now)) return false;
    const holder = await this.enrolments.find(held.holder);
    return !holder || holder.status !== 'enrolled' || holder.seatNo !== held.number;
  };

  readonly veteran = async (held: ClaimRecord, now: Date): Promise<boolean> => {
    if (!this.pastGrace(held, now)) return false;
    const holder = await this.enrolments.find(held.holder);
    return !holder || !isActive(holder);
  };

  /** A change claim at `sequence` whose change was never written: the enrolment is still at that sequence. */
  change(enrolmentId: string, sequence: number) {
    return async (held: ClaimRecord, now: Date): Promise<boolean> => {
      if (!this.pastGrace(held, now)) return false;
      const enrolment = await this.enrolments.find(enrolmentId);
      return enrolment?.sequence === sequence;
    };
  }

  private pastGrace(held: ClaimRecord, now: Date): boolean {
    return now.getTime() - new Date(held.claimedAt).getTime() > CLAIM_GRACE_MS;
  }
}
