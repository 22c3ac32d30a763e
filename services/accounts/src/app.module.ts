import { DynamicModule, Module } from '@nestjs/common';
import { Clock } from '@vetlink/clock';
import { ACCOUNT_TOPICS } from '@vetlink/contracts';
import { platformModules } from '@vetlink/platform';
import { RedisReadiness } from '@vetlink/queues';
import { AccountsModule } from './accounts/accounts.module';
import { AccountsConfig } from './config';
import { LoginVerificationsModule } from './login-verifications/login-verifications.module';
import { CredentialsModule } from './credentials.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { PasswordResetsModule } from './password-resets/password-resets.module';
import { SERVICE_NAME } from './service-name';
import { SessionsModule } from './sessions/sessions.module';

export interface AppOptions {
  /** The event handlers' consumer group (tests pass their own). Renaming it replays the consumed topics. */
  consumerGroup?: string;
  /** Where the service reads the time (tests move it to see codes expire). */
  clock?: Clock;
}

@Module({})
export class AppModule {
  static register(config: AccountsConfig, options: AppOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...platformModules({
          service: SERVICE_NAME,
          config,
          // One-time codes, for notifications to send; the consumer is there for the veterans' erasure.
          publishes: [ACCOUNT_TOPICS.passwordResets, ACCOUNT_TOPICS.loginVerifications],
          consumerGroup: options.consumerGroup,
          clock: options.clock,
          // The Redis of CredentialsModule.
          readiness: [RedisReadiness],
        }),
        CredentialsModule.forRoot(config),
        AccountsModule,
        SessionsModule,
        OrganisationsModule,
        PasswordResetsModule,
        LoginVerificationsModule,
      ],
    };
  }
}
