import { Inject, Injectable } from '@nestjs/common';
import type { Role } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { InvalidInputError } from '@vetlink/http';
import { randomUUID } from 'node:crypto';
import { AccountsRepository } from '../accounts.repository';
import { Account } from '../domain/account';
import { LoginIdentifier } from '../domain/login-identifier';
import { PASSWORD_HASHER, PasswordHasher } from '../domain/password-hasher';
import { passwordProblem } from '../domain/password-policy';

export interface NewAccount {
  role: Role;
  login: LoginIdentifier;
  password: string;
  organisationId?: string;
  organisationAdmin?: boolean;
  /** An id chosen by an administrator (the demo users keep theirs); otherwise one is made. */
  id?: string;
}

const ID_PREFIX: Record<Role, string> = {
  veteran: 'vet',
  employer: 'emp',
  mentor: 'mnt',
  officer: 'off',
  'bank-staff': 'bank',
  'base-staff': 'base',
  'training-provider': 'prov',
};

/** Every way an account comes to be ends here: checks the password, hashes it, claims the login. */
@Injectable()
export class CreateAccount {
  constructor(
    private readonly accounts: AccountsRepository,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: NewAccount, passwordField = 'password'): Promise<Account> {
    const problem = passwordProblem(command.password, passwordField, command.login.value);
    if (problem) throw new InvalidInputError([problem]);
    const now = this.clock.now();
    const account: Account = {
      id: command.id ?? `${ID_PREFIX[command.role]}-${randomUUID()}`,
      role: command.role,
      ...(command.organisationId ? { organisationId: command.organisationId } : {}),
      organisationAdmin: command.organisationAdmin ?? false,
      status: 'active',
      passwordHash: await this.hasher.hash(command.password),
      sessionsValidFrom: now,
      createdAt: now,
      passwordChangedAt: now,
    };
    await this.accounts.create(account, command.login);
    return account;
  }
}
