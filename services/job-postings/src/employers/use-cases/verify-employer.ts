import { Injectable, NotFoundException } from '@nestjs/common';
import { Principal } from '@vetlink/auth';
import { Employer } from '../domain/employer';
import { EmployersRepository } from '../employers.repository';

/** A bureau officer confirms the organisation is real. Verifying twice changes nothing. */
@Injectable()
export class VerifyEmployer {
  constructor(private readonly employers: EmployersRepository) {}

  async execute(officer: Principal, employerId: string): Promise<Employer> {
    const verified = await this.employers.markVerified(employerId, {
      verifiedAt: new Date(),
      verifiedBy: officer.userId,
    });
    if (verified) return verified;
    const existing = await this.employers.findById(employerId);
    if (!existing) throw new NotFoundException(`employer ${employerId} not found`);
    return existing;
  }
}
