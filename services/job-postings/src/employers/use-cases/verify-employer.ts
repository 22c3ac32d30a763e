import { Inject, Injectable } from '@nestjs/common';
import { Principal } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { employerVerified } from '@vetlink/contracts';
import { NotFoundError } from '@vetlink/http';
import { eventOrigin, pendingEvent } from '@vetlink/messaging';
import { SERVICE_NAME } from '../../service-name';
import { verifiedOrigin, verifiedPayload } from '../domain/employer-events';
import { Employer } from '../domain/employer';
import { EmployersRepository } from '../employers.repository';

/** A bureau officer confirms the organisation is real. Verifying twice changes nothing. */
@Injectable()
export class VerifyEmployer {
  constructor(
    private readonly employers: EmployersRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(officer: Principal, employerId: string): Promise<Employer> {
    const existing = await this.employers.findById(employerId);
    if (!existing) throw new NotFoundError(`employer ${employerId} not found`);
    if (existing.verification) return existing;
    const now = this.clock.now();
    const verification = { verifiedAt: now, verifiedBy: officer.userId };
    const event = pendingEvent(
      employerVerified,
      verifiedPayload(existing, verification),
      verifiedOrigin(employerId, eventOrigin(SERVICE_NAME, now)),
    );
    return (
      (await this.employers.markVerified(employerId, verification, [event])) ??
      // Another officer's verification landed first: theirs stands.
      ((await this.employers.findById(employerId)) as Employer)
    );
  }
}
