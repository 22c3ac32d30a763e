import { Inject, Injectable } from '@nestjs/common';
import { Principal } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { NotFoundError } from '@vetlink/http';
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
    const verified = await this.employers.markVerified(employerId, {
      verifiedAt: this.clock.now(),
      verifiedBy: officer.userId,
    });
    if (verified) return verified;
    const existing = await this.employers.findById(employerId);
    if (!existing) throw new NotFoundError(`employer ${employerId} not found`);
    return existing;
  }
}
