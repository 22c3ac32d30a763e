import { Inject, Injectable } from '@nestjs/common';
import { Clock, CLOCK } from '@vetlink/clock';
import { randomUUID } from 'node:crypto';
import { Account } from '../../accounts/domain/account';
import { LoginIdentifier } from '../../accounts/domain/login-identifier';
import { CreateAccount } from '../../accounts/use-cases/create-account';
import { OrganisationsRepository } from '../organisations.repository';

/**
 * An employer registers itself: the organisation and its first member, its administrator, who may
 * invite the others. Verifying the employer is job-postings' business (officers verify employers).
 */
@Injectable()
export class RegisterOrganisation {
  constructor(
    private readonly organisations: OrganisationsRepository,
    private readonly createAccount: CreateAccount,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: {
    organisationName: string;
    login: LoginIdentifier;
    password: string;
  }): Promise<{ organisationId: string; admin: Account }> {
    const organisationId = `org-${randomUUID()}`;
    const admin = await this.createAccount.execute({
      role: 'employer',
      login: command.login,
      password: command.password,
      organisationId,
      organisationAdmin: true,
    });
    await this.organisations.insertOrganisation({
      _id: organisationId,
      name: command.organisationName,
      adminAccountId: admin.id,
      registeredAt: this.clock.now(),
    });
    return { organisationId, admin };
  }
}
