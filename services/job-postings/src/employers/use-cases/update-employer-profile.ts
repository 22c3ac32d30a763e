import { Inject, Injectable } from '@nestjs/common';
import { assertOrganisation, Principal } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { NotFoundError } from '@vetlink/http';
import { Employer } from '../domain/employer';
import { UpdateEmployerCommand } from '../employer.dto';
import { EmployersRepository } from '../employers.repository';

/**
 * Changes what an organisation may change itself. Name and credit code are its legal identity, checked
 * by the bureau, and stay as verified.
 */
@Injectable()
export class UpdateEmployerProfile {
  constructor(
    private readonly employers: EmployersRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(principal: Principal, employerId: string, command: UpdateEmployerCommand): Promise<Employer> {
    assertOrganisation(principal, employerId);
    const updated = await this.employers.updateProfile(employerId, command, this.clock.now());
    if (!updated) throw new NotFoundError(`employer ${employerId} not found`);
    return updated;
  }
}
