import { DynamicModule, Module } from '@nestjs/common';
import { ACCOUNT_TOPICS } from '@vetlink/contracts';
import { platformModules } from '@vetlink/platform';
import { RedisReadiness } from '@vetlink/queues';
import { AccountsModule } from './accounts/accounts.module';
import { AccountsConfig } from './config';
import { CredentialsModule } from './credentials.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { PasswordResetsModule } from './password-resets/password-resets.module';
import { SERVICE_NAME } from './service-name';
import { SessionsModule } from './sessions/sessions.module';

export interface AppOptions {
  /** The event handlers' consumer group (tests pass their own). Renaming it replays the consumed topics. */
  consumerGroup?: string;
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
          // Password-reset codes, for notifications to send; the consumer is there for the veterans' erasure.
          publishes: [ACCOUNT_TOPICS.passwordResets],
          consumerGroup: options.consumerGroup,
          // The Redis of CredentialsModule.
          readiness: [RedisReadiness],
        }),
        CredentialsModule.forRoot(config),
        AccountsModule,
        SessionsModule,
        OrganisationsModule,
        PasswordResetsModule,
      ],
    };
  }
}
