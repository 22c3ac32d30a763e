import { Inject, Injectable } from '@nestjs/common';
import { Clock, CLOCK } from '@vetlink/clock';
import { randomUUID } from 'node:crypto';
import { ClaimsRepository } from '../claims.repository';
import { changeClaimId } from '../domain/claims';
import type { Enrolment } from '../domain/enrolment';
import { ClaimStaleness } from './claim-staleness';

/**
 * One change of an enrolment from the sequence it was read at, decided by the unique claim
 * `<id>:change:<sequence>`: of two requests (a double click, two instances) only one changes it; the
 * other gets undefined and reads the enrolment again. The claim stays as the change's record; it is
 * freed only when the change failed, so that it can be tried again.
 */
@Injectable()
export class ChangeEnrolment {
  constructor(
    private readonly claims: ClaimsRepository,
    private readonly staleness: ClaimStaleness,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async once<T>(enrolment: Enrolment, change: () => Promise<T>): Promise<T | undefined> {
    const id = changeClaimId(enrolment.id, enrolment.sequence);
    const claim = { id, kind: 'change' as const, runId: enrolment.runId, number: enrolment.sequence };
    // The holder names this request, not the enrolment: a rival request for the same enrolment must lose.
    const request = randomUUID();
    const taken = await this.claims.take(
      claim,
      request,
      this.clock.now(),
      this.staleness.change(enrolment.id, enrolment.sequence),
    );
    if (!taken) return undefined;
    try {
      return await change();
    } catch (error) {
      await this.claims.release([id], request);
      throw error;
    }
  }
}
