import { Injectable, NotFoundException } from '@nestjs/common';
import { assertOrganisation, Principal } from '@vetlink/auth';
import { Employer } from '../domain/employer';
import { UpdateEmployerCommand } from '../employer.dto';
import { EmployersRepository } from '../employers.repository';

/**
 * Changes what an organisation may change itself. Name and credit code are its legal identity, checked
 * by the bureau, and stay as verified.
 */
@Injectable()
export class UpdateEmployerProfile {
  constructor(private readonly employers: EmployersRepository) {}

  async execute(principal: Principal, employerId: string, command: UpdateEmployerCommand): Promise<Employer> {
    assertOrganisation(principal, employerId);
    const updated = await this.employers.updateProfile(employerId, command, new Date());
    if (!updated) throw new NotFoundException(`employer ${employerId} not found`);
    return updated;
  }
}
