import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { veteranDocumentsProvider } from '@vetlink/privacy';
import { AccountsModule } from '../accounts/accounts.module';
import { SessionsModule } from '../sessions/sessions.module';
import { CodeThrottle } from '../one-time-codes/code-throttle';
import {
  CURRENT_RESET_MODEL,
  RESET_ATTEMPT_MODEL,
  RESET_REQUEST_MODEL,
  RESET_USE_MODEL,
  resetSchemas,
} from './password-reset.schema';
import { PasswordResetsController } from './password-resets.controller';
import { PasswordResetsRepository } from './password-resets.repository';
import { RequestPasswordReset } from './use-cases/request-password-reset';
import { ResetPassword } from './use-cases/reset-password';

@Module({
  imports: [
    AccountsModule,
    SessionsModule,
    MongooseModule.forFeature([
      { name: RESET_REQUEST_MODEL, schema: resetSchemas.requests },
      { name: CURRENT_RESET_MODEL, schema: resetSchemas.current },
      { name: RESET_ATTEMPT_MODEL, schema: resetSchemas.attempts },
      { name: RESET_USE_MODEL, schema: resetSchemas.uses },
    ]),
  ],
  controllers: [PasswordResetsController],
  providers: [
    PasswordResetsRepository,
    CodeThrottle,
    RequestPasswordReset,
    ResetPassword,
    // A veteran's erasure removes their reset requests, tries and uses with the account.
    veteranDocumentsProvider({
      section: 'passwordResetRequests',
      model: RESET_REQUEST_MODEL,
      field: 'accountId',
    }),
    veteranDocumentsProvider({ section: 'currentPasswordReset', model: CURRENT_RESET_MODEL, field: '_id' }),
    veteranDocumentsProvider({
      section: 'passwordResetAttempts',
      model: RESET_ATTEMPT_MODEL,
      field: 'accountId',
    }),
    veteranDocumentsProvider({ section: 'passwordResetUses', model: RESET_USE_MODEL, field: 'accountId' }),
  ],
})
export class PasswordResetsModule {}
