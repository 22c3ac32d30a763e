import { Inject, Injectable } from '@nestjs/common';
import { Principal, requireOrganisation } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { ConflictError } from '@vetlink/http';
import { employerRegistered } from '@vetlink/contracts';
import { eventOrigin, pendingEvent } from '@vetlink/messaging';
import { isDuplicateKeyError } from '@vetlink/persistence';
import { SERVICE_NAME } from '../../service-name';
import { registeredPayload } from '../domain/employer-events';
import { Employer } from '../domain/employer';
import { RegisterEmployerCommand } from '../employer.dto';
import { EmployersRepository } from '../employers.repository';

const ALREADY_REGISTERED = 'an organisation with this unified social credit code is already registered';

/** An employer's staff registers its organisation; the bureau verifies it before its jobs can go live. */
@Injectable()
export class RegisterEmployer {
  constructor(
    private readonly employers: EmployersRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(principal: Principal, command: RegisterEmployerCommand): Promise<Employer> {
    const organisationId = requireOrganisation(principal);
    if (await this.employers.findById(organisationId)) {
      throw new ConflictError(
        `organisation ${organisationId} is registered already; change it with PATCH /employers/${organisationId}`,
      );
    }
    if (await this.employers.findByCreditCode(command.creditCode))
      throw new ConflictError(ALREADY_REGISTERED);
    const now = this.clock.now();
    const employer: Employer = { id: organisationId, ...command, createdAt: now, updatedAt: now };
    try {
      await this.employers.insert(employer, [
        pendingEvent(employerRegistered, registeredPayload(employer), eventOrigin(SERVICE_NAME, now)),
      ]);
    } catch (error) {
      // Two registrations raced past the checks above; the unique indexes let exactly one in.
      if (isDuplicateKeyError(error)) throw new ConflictError(ALREADY_REGISTERED);
      throw error;
    }
    return employer;
  }
}
