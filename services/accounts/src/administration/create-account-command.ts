import { DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ROLES, Role } from '@vetlink/auth';
import { ClockModule } from '@vetlink/clock';
import { LoggingModule } from '@vetlink/logging';
import { PersistenceModule } from '@vetlink/persistence';
import { randomBytes } from 'node:crypto';
import { AccountsModule } from '../accounts/accounts.module';
import { Argon2PasswordHasher } from '../accounts/argon2-password-hasher';
import { PasswordHasher } from '../accounts/domain/password-hasher';
import { parseLoginIdentifier } from '../accounts/domain/login-identifier';
import { CreateAccount } from '../accounts/use-cases/create-account';
import { AccountsConfig } from '../config';
import { CredentialsModule } from '../credentials.module';
import { SERVICE_NAME } from '../service-name';

/** Roles only an administrator creates; each acts for a scope its token's `org` claim names. */
export const STAFF_ROLES = [
  'officer',
  'bank-staff',
  'base-staff',
  'training-provider',
] as const satisfies readonly Role[];

export interface CreateAccountOrder {
  role: Role;
  login: string;
  /**
   * Officers: the bureau office (a city); bank staff: the bank; base staff: the incubation base;
   * training-provider staff: the provider whose course runs they publish and keep (the trainings service's
   * `providerId` of its courses).
   */
  organisationId?: string;
  password?: string;
  id?: string;
  organisationAdmin?: boolean;
}

/** Why an order cannot be carried out, or undefined. */
export function orderProblem(order: CreateAccountOrder): string | undefined {
  if (!ROLES.includes(order.role)) return `--role must be one of ${ROLES.join(', ')}`;
  if (!parseLoginIdentifier(order.login)) return '--login must be an e-mail address or a mobile number';
  if ((STAFF_ROLES as readonly Role[]).includes(order.role) && !order.organisationId)
    return `--org is required for ${order.role} (the city office, bank, base or training provider the account acts for)`;
  if (order.role === 'employer' && !order.organisationId) return '--org is required for employer';
  if (order.id !== undefined && !/^[\w-]{1,128}$/.test(order.id))
    return '--id must be letters, digits, _ and -';
  return undefined;
}

/**
 * Hashes each distinct password once: an administrator who gives many accounts one password (the demo
 * users) pays one argon2id hash, not hundreds. Those accounts then share a salt, which only matters
 * for a password that was never secret.
 */
class HashOncePerPassword implements PasswordHasher {
  private readonly hashes = new Map<string, Promise<string>>();

  constructor(private readonly inner: PasswordHasher) {}

  hash(password: string): Promise<string> {
    let hash = this.hashes.get(password);
    if (!hash) this.hashes.set(password, (hash = this.inner.hash(password)));
    return hash;
  }

  verify(hash: string, password: string) {
    return this.inner.verify(hash, password);
  }

  verifyNothing(password: string) {
    return this.inner.verifyNothing(password);
  }
}

@Module({})
class AdministrationModule {
  static register(config: AccountsConfig): DynamicModule {
    return {
      module: AdministrationModule,
      imports: [
        LoggingModule.forRoot({ service: SERVICE_NAME, level: 'warn' }),
        ClockModule.forRoot(),
        PersistenceModule.forRoot({
          uri: config.service.MONGODB_URI,
          database: config.service.MONGODB_DATABASE,
        }),
        CredentialsModule.forRoot(config, {
          passwordHasher: new HashOncePerPassword(new Argon2PasswordHasher()),
        }),
        AccountsModule,
      ],
    };
  }
}

export type CreateAccountOutcome = { userId: string; password: string } | { error: string };

/**
 * Creates accounts straight in the accounts database, as an administrator on a machine that holds its
 * configuration: officers, bank or base staff and training-provider staff (nobody signs up for these), and the demo users with
 * the ids the demo data knows them by. Answers the password, made up when none is given.
 */
export async function createAccounts(
  config: AccountsConfig,
  orders: readonly CreateAccountOrder[],
): Promise<CreateAccountOutcome[]> {
  const context = await NestFactory.createApplicationContext(AdministrationModule.register(config), {
    logger: ['error'],
  });
  const outcomes: CreateAccountOutcome[] = [];
  try {
    const createAccount = context.get(CreateAccount);
    for (const order of orders) outcomes.push(await createOne(createAccount, order));
  } finally {
    await context.close();
  }
  return outcomes;
}

async function createOne(
  createAccount: CreateAccount,
  order: CreateAccountOrder,
): Promise<CreateAccountOutcome> {
  const problem = orderProblem(order);
  const login = parseLoginIdentifier(order.login);
  if (problem || !login) return { error: problem ?? 'no login' };
  const password = order.password ?? randomBytes(12).toString('base64url');
  try {
    const account = await createAccount.execute(
      {
        role: order.role,
        login,
        password,
        ...(order.organisationId ? { organisationId: order.organisationId } : {}),
        ...(order.id ? { id: order.id } : {}),
        ...(order.organisationAdmin ? { organisationAdmin: true } : {}),
      },
      '--password',
    );
    return { userId: account.id, password };
  } catch (error) {
    return { error: (error as Error).message };
  }
}
